#pragma once

// Fixtures for the Inspectie registration tests: own and partner lists written straight into a
// store, with fictitious children (BSNs in the 9999xxxxx range, made-up names and addresses).

#include "core/importing/ColumnMapping.h"
#include "core/importing/SnapshotWriter.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "tests/core/ImportFixtures.h"

#include <QTest>

namespace inbeeld::testing {

inline CaseRecord registrationChild(int n, const QString& category = QStringLiteral("langdurig"),
                                    const QDate& start = QDate(2026, 6, 1))
{
    static const QStringList bsns = fictitiousBsns(200);
    CaseRecord r;
    r.category = category;
    r.bsn = n < bsns.size() ? bsns.at(n) : fictitiousBsn(n);
    r.firstNames = QStringLiteral("Zwaantje%1").arg(n);
    r.surname = QStringLiteral("Vlietstra%1").arg(n);
    r.nameKey = QStringLiteral("vlietstra%1|zwaantje%1").arg(n);
    r.birthDate = QDate(2011, 3, 1).addDays(n);
    r.street = QStringLiteral("Kwakelstraat");
    r.houseNumber = QString::number(n + 1);
    r.postcode = QStringLiteral("6811 AB");
    r.place = QStringLiteral("Zwammerdam");
    r.absenceReason = QStringLiteral("Vertrouwelijke reden %1").arg(n);
    if (category == u"vrijstelling_5a")
        r.exemptionDate = start;
    else if (category == u"langdurig")
        r.absenceStart = start;
    return r;
}

/// Stores a list of one side; returns its snapshot id (0 after a failed QVERIFY).
inline qint64 storeList(Store& store, SnapshotSide side, const QDate& peildatum, const QList<CaseRecord>& records,
                        const QString& source = QStringLiteral("Leerplicht"))
{
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return 0;
    SnapshotInfo info;
    qint64 id = 0;
    {
        SnapshotWriter writer(db);
        info.side = side;
        info.origin = QStringLiteral("import");
        info.sourceName = source;
        info.peildatum = peildatum;
        info.fileName = QStringLiteral("lijst.csv");
        info.importedAt = QDateTime::currentDateTimeUtc();
        info.importedBy = QStringLiteral("test");
        auto begun = writer.begin(info, ColumnMapping());
        if (!begun) {
            db.rollback();
            return 0;
        }
        for (const CaseRecord& r : records)
            if (!writer.addRecord(r)) {
                db.rollback();
                return 0;
            }
        info.id = id = begun.value();
        info.accepted = records.size();
        if (!writer.finish(info)) {
            db.rollback();
            return 0;
        }
    }
    return db.commit() ? id : 0;
}

} // namespace inbeeld::testing
