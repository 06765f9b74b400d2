#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace inbeeld {

/// The kinds of data the agreement forbids to share: the special categories of GDPR article 9
/// and criminal (police, justice) data of article 10.
enum class SpecialCategory { Health, Religion, Ethnicity, Sexuality, Politics, TradeUnion, GeneticBiometric, Justice };

/// One word or phrase in a text that points at a special category.
struct SpecialCategoryHit
{
    QString text; // the words as written in the text
    SpecialCategory category = SpecialCategory::Health;
    qsizetype position = 0; // index in the text
};

/// Finds words that reveal special categories of personal data or police and justice data in a
/// Dutch free text (a reason for absence, a note), so that a case worker rephrases it in general
/// terms ("medische redenen") before it is shared. A Dutch word list with stems, compounds and
/// a few phrases; it errs on the side of blocking, but general terms pass.
class SpecialCategoryDetector
{
    Q_DECLARE_TR_FUNCTIONS(SpecialCategoryDetector)

public:
    /// Every hit, in text order.
    static QList<SpecialCategoryHit> find(const QString& text);
    /// The distinct triggering words, in text order.
    static QStringList triggeringWords(const QString& text);
    static bool isClean(const QString& text) { return find(text).isEmpty(); }
    /// "health data", "police or justice data", ... (translated).
    static QString categoryName(SpecialCategory category);
};

} // namespace inbeeld
