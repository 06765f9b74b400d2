#include "core/domain/Bsn.h"

namespace inbeeld {

int Bsn::weightedSum(QStringView nineDigits)
{
    Q_ASSERT(nineDigits.size() == 9);
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * (nineDigits[i].unicode() - u'0');
    return sum - (nineDigits[8].unicode() - u'0');
}

int Bsn::elfproefRemainder(QStringView nineDigits)
{
    return ((weightedSum(nineDigits) % 11) + 11) % 11;
}

bool Bsn::passesElfproef(QStringView nineDigits)
{
    if (nineDigits.size() != 9 || !isAllDigits(nineDigits))
        return false;
    if (nineDigits == u"000000000")
        return false;
    return elfproefRemainder(nineDigits) == 0;
}

QString Bsn::stripSeparators(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'.' && c != u'-')
            out.append(c);
    }
    return out;
}

bool Bsn::isAllDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

Result<Bsn> Bsn::parse(const QString& text)
{
    const auto invalid = [](const QString& message) { return makeError(Error::Code::InvalidInput, message); };
    QString digits = stripSeparators(text);
    if (digits.isEmpty())
        return invalid(tr("The BSN is empty. Fill in the nine-digit citizen service number."));
    if (!isAllDigits(digits)) {
        return invalid(tr("The BSN \"%1\" contains characters other than digits. A BSN consists of nine digits; "
                          "check the number in the source list.")
                           .arg(text.trimmed()));
    }
    if (digits.size() == 8)
        digits.prepend(u'0');
    if (digits.size() != 9) {
        return invalid(tr("The BSN \"%1\" does not have nine digits (it has %n). Check the number in the source list.",
                          nullptr, int(digits.size()))
                           .arg(text.trimmed()));
    }
    if (!passesElfproef(digits)) {
        return invalid(tr("The BSN %1 is not valid (it fails the elfproef, the check for typing errors). "
                          "Check the number in the source list.")
                           .arg(digits));
    }
    return Bsn(digits);
}

} // namespace inbeeld
