#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace inbeeld {

/// Reads the dates Dutch lists contain: "3-9-2026", "03-09-2026", "2026-09-03", "3/9/2026",
/// "3.9.2026", yyyymmdd ("20260903", as DUO files write them) and Excel serial numbers
/// ("46268", 1900 date system). A time after the date ("3-9-2026 0:00", "2026-09-03T00:00:00")
/// is ignored. Impossible dates (31-2-2026) and two-digit years are refused with a message.
class DutchDate
{
    Q_DECLARE_TR_FUNCTIONS(DutchDate)

public:
    static Result<QDate> parse(const QString& text);

    /// Excel's day numbers. In the 1900 system day 1 is 1900-01-01 and Excel counts a
    /// 29 February 1900 that never existed (day 60, refused), so from day 61 on the count is one
    /// ahead of the calendar. In the 1904 system (old Mac workbooks) day 0 is 1904-01-01.
    /// A fraction is the time of day and is ignored.
    static Result<QDate> fromExcelSerial(double serial, bool date1904 = false);
    /// The serial Excel (1900 system) stores for a date, the inverse of fromExcelSerial.
    static int toExcelSerial(const QDate& date);
};

} // namespace inbeeld
