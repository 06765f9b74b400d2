#pragma once

// A store with our list and a partner's list of fictitious children, for the lifecycle tests
// (closing, retention, data-subject requests, breach report).

#include "core/importing/Importer.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestStores.h"

#include <QTemporaryDir>

namespace inbeeld::testing {

inline const QString& lifecycleHeader()
{
    static const QString h = QStringLiteral("BSN;Naam;Geboortedatum;School;Categorie;Startdatum verzuim");
    return h;
}

inline QString lifecycleRow(const QString& bsn, const QString& name, const QString& born,
                            const QString& category = QStringLiteral("LRV"))
{
    return QStringList {bsn, name, born, QStringLiteral("Rijnpoort College"), category, QStringLiteral("1-9-2026")}
        .join(u';');
}

/// Imports lines as a list of one side into the store; returns the snapshot id (0 on failure).
inline qint64 importLines(Store& store, const QTemporaryDir& dir, const QStringList& lines, SnapshotSide side,
                          const QString& fileName)
{
    const QString path = dir.filePath(fileName);
    if (!writeList(path, lines))
        return 0;
    ImportOptions options;
    options.side = side;
    options.sourceName = side == SnapshotSide::Theirs ? QStringLiteral("SWV De Liemers") : QString();
    Importer importer(store);
    auto report = importer.run(path, options);
    return report ? report.value().snapshotId : 0;
}

/// Our list: Daan (0), Emma (1), Sem (2, absoluut); theirs: Daan (0), Emma without BSN, Zoë (3).
struct LifecycleLists
{
    qint64 ours = 0;
    qint64 theirs = 0;
};

inline LifecycleLists importLifecycleLists(Store& store, const QTemporaryDir& dir)
{
    LifecycleLists l;
    l.ours = importLines(
        store, dir,
        {lifecycleHeader(), lifecycleRow(fictitiousBsn(0), QStringLiteral("Daan de Vries"), QStringLiteral("3-4-2012")),
         lifecycleRow(fictitiousBsn(1), QStringLiteral("Emma van der Berg"), QStringLiteral("5-6-2013")),
         lifecycleRow(fictitiousBsn(2), QStringLiteral("Sem Bakker"), QStringLiteral("7-8-2011"),
                      QStringLiteral("Absoluut verzuim"))},
        SnapshotSide::Ours, QStringLiteral("ours.csv"));
    l.theirs
        = importLines(store, dir,
                      {lifecycleHeader(),
                       lifecycleRow(fictitiousBsn(0), QStringLiteral("Vries, Daan de"), QStringLiteral("03-04-2012")),
                       lifecycleRow(QString(), QStringLiteral("Berg, Emma v.d."), QStringLiteral("05-06-2013")),
                       lifecycleRow(fictitiousBsn(3), QStringLiteral("Zoë Jansen"), QStringLiteral("9-10-2012"))},
                      SnapshotSide::Theirs, QStringLiteral("theirs.csv"));
    return l;
}

/// Everything the audit log says, as one text.
inline QString auditText(Store& store)
{
    QString text;
    const QList<AuditEntry> entries = store.audit().entries().value();
    for (const AuditEntry& e : entries)
        text += e.action + u' ' + e.detail + u'\n';
    return text;
}

inline QString bsnKey(int n)
{
    return QStringLiteral("bsn:") + fictitiousBsn(n);
}

} // namespace inbeeld::testing
