#include "core/reporting/Quarter.h"

#include <QRegularExpression>

namespace inbeeld {

std::optional<Quarter> Quarter::parse(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})Q([1-4])$"));
    const auto match = pattern.match(code.trimmed().toUpper());
    if (!match.hasMatch())
        return std::nullopt;
    const Quarter q {match.captured(1).toInt(), match.captured(2).toInt()};
    return q.year >= 2000 ? std::optional<Quarter>(q) : std::nullopt;
}

Quarter Quarter::of(const QDate& date)
{
    return {date.year(), (date.month() - 1) / 3 + 1};
}

QString Quarter::code() const
{
    return QStringLiteral("%1Q%2").arg(year).arg(number);
}

QDate Quarter::firstDay() const
{
    return QDate(year, (number - 1) * 3 + 1, 1);
}

QDate Quarter::lastDay() const
{
    return firstDay().addMonths(3).addDays(-1);
}

Quarter Quarter::previous() const
{
    return number == 1 ? Quarter {year - 1, 4} : Quarter {year, number - 1};
}

int Quarter::schoolYearOf(const QDate& date)
{
    return date.month() >= 8 ? date.year() : date.year() - 1;
}

QString Quarter::schoolYearText(int schoolYear)
{
    return QStringLiteral("%1-%2").arg(schoolYear).arg(schoolYear + 1);
}

} // namespace inbeeld
