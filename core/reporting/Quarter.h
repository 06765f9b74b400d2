#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace inbeeld {

/// A calendar quarter as the packages and the Inspectie use it: "2026Q3" is July to September
/// 2026. The registration's peildatum is the quarter's last day unless the user picks another
/// day within it; a quarter belongs to the school year (1 August to 31 July) of its peildatum.
struct Quarter
{
    int year = 0;
    int number = 0; // 1..4

    static std::optional<Quarter> parse(const QString& code);
    static Quarter of(const QDate& date);
    bool isValid() const { return year > 0 && number >= 1 && number <= 4; }
    QString code() const; // "2026Q3"
    QDate firstDay() const;
    QDate lastDay() const;
    bool contains(const QDate& date) const { return date >= firstDay() && date <= lastDay(); }
    Quarter previous() const;
    auto operator<=>(const Quarter&) const = default;

    /// The first calendar year of the school year a date falls in: 2026 for 1 Aug 2026–31 Jul 2027.
    static int schoolYearOf(const QDate& date);
    /// "2026-2027".
    static QString schoolYearText(int schoolYear);
    static QDate schoolYearStart(int schoolYear) { return QDate(schoolYear, 8, 1); }
    static QDate schoolYearEnd(int schoolYear) { return QDate(schoolYear + 1, 7, 31); }
};

} // namespace inbeeld
