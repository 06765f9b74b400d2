#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// A Dutch postcode in its canonical form "1234 AB": four digits (the first not 0), a space and
/// two capital letters other than the never-issued SA, SD and SS.
class Postcode
{
    Q_DECLARE_TR_FUNCTIONS(Postcode)

public:
    Postcode() = default;

    /// Accepts "1234AB", "1234 ab", " 1234  Ab " and normalises them to "1234 AB".
    static Result<Postcode> parse(const QString& text);

    bool isNull() const { return m_text.isEmpty(); }
    QString toString() const { return m_text; }
    QString digits() const { return m_text.left(4); }
    QString letters() const { return m_text.right(2); }

    friend bool operator==(const Postcode&, const Postcode&) = default;

private:
    explicit Postcode(QString text)
        : m_text(std::move(text))
    {
    }

    QString m_text;
};

} // namespace inbeeld
