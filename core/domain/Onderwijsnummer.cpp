#include "core/domain/Onderwijsnummer.h"

#include "core/domain/Bsn.h"

namespace inbeeld {

bool Onderwijsnummer::isValid(QStringView nineDigits)
{
    return nineDigits.size() == 9 && Bsn::isAllDigits(nineDigits) && nineDigits.startsWith(u"10")
        && Bsn::elfproefRemainder(nineDigits) == 5;
}

Result<Onderwijsnummer> Onderwijsnummer::parse(const QString& text)
{
    const auto invalid = [](const QString& message) { return makeError(Error::Code::InvalidInput, message); };
    const QString digits = Bsn::stripSeparators(text);
    if (digits.isEmpty())
        return invalid(tr("The onderwijsnummer is empty. Fill in the nine-digit number that starts with 10."));
    if (!Bsn::isAllDigits(digits) || digits.size() != 9 || !digits.startsWith(u"10")) {
        return invalid(tr("\"%1\" is not an onderwijsnummer: that is a number of nine digits starting with 10. "
                          "Check the number in the source list.")
                           .arg(text.trimmed()));
    }
    if (!isValid(digits)) {
        return invalid(tr("The onderwijsnummer %1 is not valid (it fails the check for typing errors). "
                          "Check the number in the source list.")
                           .arg(digits));
    }
    return Onderwijsnummer(digits);
}

} // namespace inbeeld
