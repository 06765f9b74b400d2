#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace inbeeld {

/// A burgerservicenummer that passed the elfproef: nine digits, stored without separators.
/// A function that takes a Bsn cannot be handed an unchecked string.
class Bsn
{
    Q_DECLARE_TR_FUNCTIONS(Bsn)

public:
    Bsn() = default; // null: no number

    /// Accepts "999990019", "99999.00.19", "9999 90 019", "9999-90-019"; an 8-digit number gets
    /// its leading zero back (spreadsheets drop it). The message says what is wrong and what to do.
    static Result<Bsn> parse(const QString& text);

    /// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 for nine ASCII digits (the elfproef's weighted sum).
    static int weightedSum(QStringView nineDigits);
    /// The weighted sum modulo 11, always in 0..10.
    static int elfproefRemainder(QStringView nineDigits);
    static bool passesElfproef(QStringView nineDigits);
    /// The text without spaces, dots and dashes (the separators lists use inside numbers).
    static QString stripSeparators(const QString& text);
    static bool isAllDigits(QStringView text);

    bool isNull() const { return m_digits.isEmpty(); }
    QString toString() const { return m_digits; }

    friend bool operator==(const Bsn&, const Bsn&) = default;

private:
    explicit Bsn(QString digits)
        : m_digits(std::move(digits))
    {
    }

    QString m_digits;
};

} // namespace inbeeld
