#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// The number a pupil without a BSN gets from DUO: nine digits starting with 10, with the BSN
/// weights (9 … 2, −1) but a weighted sum of 5 modulo 11 instead of 0, so it never passes as a BSN.
class Onderwijsnummer
{
    Q_DECLARE_TR_FUNCTIONS(Onderwijsnummer)

public:
    Onderwijsnummer() = default;

    /// Tolerates spaces, dots and dashes, like Bsn::parse.
    static Result<Onderwijsnummer> parse(const QString& text);
    static bool isValid(QStringView nineDigits);

    bool isNull() const { return m_digits.isEmpty(); }
    QString toString() const { return m_digits; }

    friend bool operator==(const Onderwijsnummer&, const Onderwijsnummer&) = default;

private:
    explicit Onderwijsnummer(QString digits)
        : m_digits(std::move(digits))
    {
    }

    QString m_digits;
};

} // namespace inbeeld
