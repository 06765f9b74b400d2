#include "core/importing/XlsxCells.h"

#include <QTime>
#include <cmath>

namespace inbeeld::xlsx {

int columnOfReference(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && i < 4; ++i) {
        const char16_t c = ref[i].unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
    }
    if (i == 0 || column > MaxColumns)
        return -1;
    return column - 1;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

FormatKind builtInFormatKind(int id)
{
    if ((id >= 14 && id <= 17) || id == 22)
        return FormatKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return FormatKind::Time;
    return FormatKind::Plain;
}

FormatKind customFormatKind(const QString& code)
{
    // Only the first section (positive numbers) matters; leave out literal text ("..."), escaped
    // characters (\x), padding and fill (_x, *x) and bracketed parts ([Red], [$-413], [h]).
    QString letters;
    bool inQuotes = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0)
                break;
            i = close;
        } else if (c == u';') {
            break;
        } else {
            letters.append(c.toLower());
        }
    }
    const bool hasTime = letters.contains(u'h') || letters.contains(u's');
    if (letters.contains(u'd') || letters.contains(u'y'))
        return FormatKind::Date;
    if (letters.contains(u'm'))
        return hasTime ? FormatKind::Time : FormatKind::Date;
    return hasTime ? FormatKind::Time : FormatKind::Plain;
}

QString timeOfDay(double serial)
{
    const double fraction = serial - std::floor(serial);
    const int seconds = int(std::lround(fraction * 86400.0)) % 86400;
    return QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss"));
}

QString plainNumber(const QString& value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return value;
}

} // namespace inbeeld::xlsx
