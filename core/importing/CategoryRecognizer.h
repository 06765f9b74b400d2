#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace inbeeld {

class Agreement;

/// Reads the category of a thuiszitter as lists write it ("Absoluut verzuim", "AV", "LRV",
/// "langdurig relatief verzuim", "vrijstelling 5a", "5 onder a", "Vrijstelling art. 5a", ...) and
/// returns the agreement's category code. Anything it does not recognise for certain, such as
/// "relatief verzuim", "vrijstelling" without an article or "vrijstelling 5b", gives nothing: the
/// row is then rejected, never guessed.
class CategoryRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(CategoryRecognizer)

public:
    static inline const QString Absoluut = QStringLiteral("absoluut");
    static inline const QString Langdurig = QStringLiteral("langdurig");
    static inline const QString Vrijstelling5a = QStringLiteral("vrijstelling_5a");

    /// The category code, or nothing. With an agreement, its own codes and category names are
    /// accepted too, and a code the agreement does not have is never returned.
    static std::optional<QString> recognise(const QString& value, const Agreement* agreement = nullptr);
    /// Why value is not a category, and what to do (translated).
    static QString unknownMessage(const QString& value);
};

} // namespace inbeeld
