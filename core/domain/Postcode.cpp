#include "core/domain/Postcode.h"

#include <algorithm>

namespace inbeeld {

Result<Postcode> Postcode::parse(const QString& text)
{
    const QString shown = text.trimmed();
    // "1234 AB" as it should be (most cells): valid as it is, without building it again.
    if (shown.size() == 7 && shown[4] == u' ') {
        const auto digit = [&](int i) { return shown[i] >= u'0' && shown[i] <= u'9'; };
        const auto upper = [&](int i) { return shown[i] >= u'A' && shown[i] <= u'Z'; };
        if (shown[0] >= u'1' && shown[0] <= u'9' && digit(1) && digit(2) && digit(3) && upper(5) && upper(6)
            && !(shown[5] == u'S' && (shown[6] == u'A' || shown[6] == u'D' || shown[6] == u'S')))
            return Postcode(shown);
    }
    const auto invalid = [&](const QString& why) {
        return makeError(
            Error::Code::InvalidInput,
            tr("The postcode \"%1\" is not valid: %2 Check the address in the source list.").arg(shown, why));
    };
    if (shown.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("The postcode is empty. Fill in a postcode like 1234 AB."));

    // Four digits, then optional white space, then two letters: nothing else.
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    const auto isLetter = [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); };
    const QString digits = shown.left(4);
    const QString letters = shown.mid(4).trimmed().toUpper();
    const bool shapeOk = digits.size() == 4 && std::all_of(digits.cbegin(), digits.cend(), isDigit)
        && letters.size() == 2 && isLetter(letters[0]) && isLetter(letters[1]);
    if (!shapeOk)
        return invalid(tr("a postcode has four digits and two letters, like 1234 AB."));
    if (digits[0] == u'0')
        return invalid(tr("a postcode does not start with 0."));
    if (letters == u"SA" || letters == u"SD" || letters == u"SS")
        return invalid(tr("the letters %1 are never used in postcodes.").arg(letters));
    return Postcode(digits + u' ' + letters);
}

} // namespace inbeeld
