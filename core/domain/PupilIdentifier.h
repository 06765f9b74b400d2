#pragma once

#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// What a value in a "BSN" column turns out to be: a BSN, an onderwijsnummer, or neither (and
/// why). Lists put both kinds of number in the same column, so the importer asks this first.
class PupilIdentifier
{
    Q_DECLARE_TR_FUNCTIONS(PupilIdentifier)

public:
    enum class Kind { Bsn, Onderwijsnummer, Invalid };
    enum class Problem { None, Empty, NotDigits, WrongLength, FailsElfproef };

    /// Spaces, dots and dashes are ignored; eight digits get a leading zero (as for a BSN).
    static PupilIdentifier classify(const QString& text);

    Kind kind() const { return m_kind; }
    Problem problem() const { return m_problem; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    /// The nine digits (for a valid number), or the cleaned-up text.
    QString digits() const { return m_digits; }
    /// Translated explanation for an invalid value, with what to do; empty when valid.
    QString message() const { return m_message; }

private:
    Kind m_kind = Kind::Invalid;
    Problem m_problem = Problem::Empty;
    QString m_digits;
    QString m_message;
};

} // namespace inbeeld
