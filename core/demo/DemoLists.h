#pragma once

#include <QByteArray>
#include <QDate>

namespace inbeeld {

/// Invented thuiszitter lists for the demo organisation, generated from a fixed seed so that
/// every demo looks the same for a peildatum. They are written the way the real sources write
/// them: Windows-1252, semicolons, CRLF, Dutch dates, each with its own column names.
///  - ours: the RBL's export from its leerplicht administration, ~200 rows over the three
///    categories, with title rows and a "Peildatum" above the header;
///  - theirs: SWV De Liemers' registration, ~120 rows, mostly langdurig verzuim, overlapping most
///    of the RBL's langdurig children; some children are only on one side, a few are recorded
///    differently (another school, start date or category), a few lack the BSN (same name and
///    date of birth; one of them misspelt), and each list has a couple of BSNs that fail the elfproef.
/// BSNs are in the 9999xxxxx range used for test data; names, schools and streets are made up.
class DemoLists
{
public:
    static constexpr quint32 Seed = 20260930;

    /// The end of the last complete quarter before today: the demo lists' peildatum.
    static QDate defaultPeildatum(const QDate& today = QDate::currentDate());

    static QByteArray ourList(const QDate& peildatum);
    static QByteArray theirList(const QDate& peildatum);
    /// The source name of theirList() for the import.
    static QString theirSourceName() { return QStringLiteral("SWV De Liemers"); }
};

} // namespace inbeeld
