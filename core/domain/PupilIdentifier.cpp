#include "core/domain/PupilIdentifier.h"

#include "core/domain/Bsn.h"
#include "core/domain/Onderwijsnummer.h"

namespace inbeeld {

PupilIdentifier PupilIdentifier::classify(const QString& text)
{
    PupilIdentifier id;
    // Nine plain digits (nearly every cell) need no stripping: share the text instead of copying.
    id.m_digits = text.size() == 9 && Bsn::isAllDigits(text) ? text : Bsn::stripSeparators(text);
    const auto fail = [&](Problem problem, const QString& message) {
        id.m_kind = Kind::Invalid;
        id.m_problem = problem;
        id.m_message = message;
        return id;
    };
    if (id.m_digits.isEmpty())
        return fail(Problem::Empty, tr("No BSN or onderwijsnummer is filled in."));
    if (!Bsn::isAllDigits(id.m_digits)) {
        return fail(Problem::NotDigits,
                    tr("\"%1\" contains characters other than digits, so it is neither a BSN nor an onderwijsnummer. "
                       "Check the number in the source list.")
                        .arg(text.trimmed()));
    }
    if (id.m_digits.size() == 8)
        id.m_digits.prepend(u'0');
    if (id.m_digits.size() != 9) {
        return fail(Problem::WrongLength,
                    tr("\"%1\" does not have nine digits like a BSN or onderwijsnummer (it has %n). Check the number "
                       "in the source list.",
                       nullptr, int(id.m_digits.size()))
                        .arg(text.trimmed()));
    }
    if (Onderwijsnummer::isValid(id.m_digits)) {
        id.m_kind = Kind::Onderwijsnummer;
        id.m_problem = Problem::None;
        return id;
    }
    if (Bsn::passesElfproef(id.m_digits)) {
        id.m_kind = Kind::Bsn;
        id.m_problem = Problem::None;
        return id;
    }
    return fail(Problem::FailsElfproef,
                tr("The number %1 is neither a valid BSN nor a valid onderwijsnummer (it fails the elfproef, the "
                   "check for typing errors). Check the number in the source list.")
                    .arg(id.m_digits));
}

} // namespace inbeeld
