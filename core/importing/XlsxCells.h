#pragma once

#include <QString>
#include <QStringView>

/// How SpreadsheetML writes a cell (core/importing/XlsxReader): its A1 reference, whether its
/// number format shows a date, a time or a plain number, and the number itself. Apart from the
/// reader so that XlsxReader.cpp reads as the walk through the workbook's parts.
namespace inbeeld::xlsx {

/// Excel's column limit: XFD.
constexpr int MaxColumns = 16384;

/// "C5" → 2; -1 when the reference has no valid column letters.
int columnOfReference(QStringView ref);
/// 2 → "C", 16383 → "XFD".
QString columnLetters(int column);

/// Whether a number format shows a date, a time or a plain number.
enum class FormatKind { Plain, Date, Time };
/// The kind of one of Excel's built-in number formats (by id).
FormatKind builtInFormatKind(int id);
/// The kind of a custom number format code ("d-m-yyyy", "[h]:mm", "0.00").
FormatKind customFormatKind(const QString& code);

/// "HH:mm:ss" of the fraction of a day in a date-time serial number.
QString timeOfDay(double serial);
/// Excel writes numbers in their shortest form, sometimes with an exponent ("1.23E+8"):
/// integers come out in plain digits, so that a BSN stored as a number reads as one.
QString plainNumber(const QString& value);

} // namespace inbeeld::xlsx
