#include "core/domain/DutchDate.h"

#include <QLocale>
#include <cmath>
#include <optional>

namespace inbeeld {

namespace {

constexpr double kMaxExcelSerial = 2958465; // 9999-12-31

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

/// "0:00", "00:00:00", "12:30:00.000": the time part some exports append.
bool looksLikeTime(QStringView s)
{
    if (s.endsWith(u'Z'))
        s.chop(1);
    const qsizetype dot = s.indexOf(u'.');
    if (dot >= 0) {
        if (!allDigits(s.mid(dot + 1)))
            return false;
        s = s.left(dot);
    }
    const QList<QStringView> parts = s.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    for (const QStringView p : parts) {
        if (!allDigits(p) || p.size() > 2)
            return false;
    }
    return true;
}

} // namespace

Result<QDate> DutchDate::fromExcelSerial(double serial, bool date1904)
{
    const auto invalid = [&](const QString& why) {
        return makeError(Error::Code::InvalidInput,
                         tr("The Excel date number %1 is not a date: %2 Format the cell as a date in the "
                            "spreadsheet and export it again.")
                             .arg(QString::number(serial, 'f', serial == std::floor(serial) ? 0 : 6), why));
    };
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial > kMaxExcelSerial)
        return invalid(tr("Excel date numbers run from 1 (1 January 1900) to 2958465 (31 December 9999)."));
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 60)
        return invalid(tr("it stands for 29 February 1900, a day that did not exist."));
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

int DutchDate::toExcelSerial(const QDate& date)
{
    const qint64 days = QDate(1899, 12, 30).daysTo(date);
    return int(days < 61 ? days - 1 : days);
}

namespace {

/// "3-9-2026", "03/09/2026", "2026-09-03": the shapes nearly every cell has, read without
/// allocating. Anything else, and every invalid date, goes the general way (with its message).
std::optional<QDate> quickParse(QStringView text)
{
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int part = 0;
    QChar separator;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (++digits[part] > 4)
                return std::nullopt;
            parts[part] = parts[part] * 10 + (u - u'0');
        } else if ((u == u'-' || u == u'/') && part < 2 && digits[part] > 0 && (separator.isNull() || separator == c)) {
            separator = c;
            ++part;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || digits[2] == 0)
        return std::nullopt;
    int year = 0, month = 0, day = 0;
    if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2) {
        year = parts[0];
        month = parts[1];
        day = parts[2];
    } else if (digits[0] <= 2 && digits[1] <= 2 && digits[2] == 4) {
        day = parts[0];
        month = parts[1];
        year = parts[2];
    } else {
        return std::nullopt;
    }
    if (year < 1900 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

} // namespace

Result<QDate> DutchDate::parse(const QString& input)
{
    if (const auto quick = quickParse(QStringView(input).trimmed()))
        return *quick;
    QString text = input.trimmed();
    const auto invalid = [&](const QString& why) {
        return makeError(Error::Code::InvalidInput,
                         tr("The date \"%1\" is not valid: %2 Write dates like 3-9-2026, 03-09-2026 or 2026-09-03.")
                             .arg(input.trimmed(), why));
    };
    if (text.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("The date is empty. Fill in a date like 3-9-2026."));

    // A time after the date: "3-9-2026 0:00", "2026-09-03T00:00:00".
    qsizetype timeAt = text.indexOf(u' ');
    if (timeAt < 0 && text.size() > 10 && text[10] == u'T')
        timeAt = 10;
    if (timeAt >= 0) {
        if (!looksLikeTime(QStringView(text).mid(timeAt + 1).trimmed()))
            return invalid(tr("it contains more than a date."));
        text.truncate(timeAt);
    }

    // Excel serial numbers, possibly with the time as a fraction ("46268,5"). A fraction needs at
    // least three digits before it, so "3.9" is read as a day and month without year, not a number.
    const qsizetype sep = text.indexOf(QLatin1Char(text.contains(u',') ? ',' : '.'));
    if (allDigits(text) && text.size() == 8) {
        const QDate d = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
        if (!d.isValid())
            return invalid(tr("as year-month-day (yyyymmdd) there is no such day."));
        return d;
    }
    if (allDigits(text)
        || (sep >= 3 && allDigits(QStringView(text).left(sep)) && allDigits(QStringView(text).mid(sep + 1))
            && text.count(u'.') + text.count(u',') == 1)) {
        QString number = text;
        number.replace(u',', u'.');
        return fromExcelSerial(number.toDouble());
    }

    QChar separator;
    for (const QChar c : {QChar(u'-'), QChar(u'/'), QChar(u'.')}) {
        if (text.count(c) == 2)
            separator = c;
    }
    const QStringList parts = separator.isNull() ? QStringList() : text.split(separator);
    if (parts.size() != 3 || !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]))
        return invalid(tr("it is not a date in a known form."));

    int year = 0, month = 0, day = 0;
    if (parts[0].size() == 4) {
        year = parts[0].toInt();
        month = parts[1].toInt();
        day = parts[2].toInt();
        if (parts[1].size() > 2 || parts[2].size() > 2)
            return invalid(tr("it is not a date in a known form."));
    } else {
        if (parts[0].size() > 2 || parts[1].size() > 2)
            return invalid(tr("it is not a date in a known form."));
        if (parts[2].size() != 4)
            return invalid(tr("the year must have four digits, so that 1926 and 2026 cannot be confused."));
        day = parts[0].toInt();
        month = parts[1].toInt();
        year = parts[2].toInt();
    }
    if (year < 1900)
        return invalid(tr("the year %1 is before 1900.").arg(year));
    if (month < 1 || month > 12) {
        if (month > 12 && day >= 1 && day <= 12)
            return invalid(tr("there is no month %1; the date may be written month first.").arg(month));
        return invalid(tr("there is no month %1.").arg(month));
    }
    const QDate first(year, month, 1);
    if (day < 1 || day > first.daysInMonth()) {
        return invalid(
            tr("%1 %2 has %3 days.").arg(QLocale().monthName(month), QString::number(year)).arg(first.daysInMonth()));
    }
    return QDate(year, month, day);
}

} // namespace inbeeld
