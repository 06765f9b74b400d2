#include "core/reporting/InspectieRegistration.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

// How long the Inspectie registration is kept (the setting and the purge), apart from building it
// in InspectieRegistration.cpp.

namespace inbeeld {

namespace {

const QString RetentionKey = QStringLiteral("retention_years");

Error dbError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     InspectieRegistration::tr("The registration could not be stored: %1").arg(q.lastError().text()));
}

} // namespace

int InspectieRegistration::retentionYears() const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT value FROM inspectie_settings WHERE key = ?"));
    q.addBindValue(RetentionKey);
    if (q.exec() && q.next()) {
        bool ok = false;
        const int years = q.value(0).toInt(&ok);
        if (ok && years >= 1)
            return years;
    }
    return DefaultRetentionYears;
}

Result<void> InspectieRegistration::setRetentionYears(int years)
{
    if (years < 1 || years > 50)
        return makeError(Error::Code::InvalidInput, tr("The retention must be between 1 and 50 years."));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO inspectie_settings (key, value) VALUES (?, ?)"));
    q.addBindValue(RetentionKey);
    q.addBindValue(QString::number(years));
    if (!q.exec())
        return dbError(q);
    return m_store.audit().append(QStringLiteral("inspectie.retention_set"), QStringLiteral("years=%1").arg(years));
}

Result<qint64> InspectieRegistration::purgeExpired(const QDate& today)
{
    const int years = retentionYears();
    QSqlDatabase db = m_store.database();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT school_year FROM inspectie_years")))
        return dbError(q);
    QList<int> expired;
    while (q.next())
        if (today > Quarter::schoolYearEnd(q.value(0).toInt()).addYears(years))
            expired << q.value(0).toInt();
    qint64 removed = 0;
    for (int schoolYear : expired) {
        qint64 yearRemoved = 0;
        const QStringList statements {QStringLiteral("DELETE FROM inspectie_quarter_rows WHERE quarter IN "
                                                     "(SELECT quarter FROM inspectie_quarters WHERE school_year = ?)"),
                                      QStringLiteral("DELETE FROM inspectie_quarters WHERE school_year = ?"),
                                      QStringLiteral("DELETE FROM inspectie_rows WHERE school_year = ?"),
                                      QStringLiteral("DELETE FROM inspectie_years WHERE school_year = ?")};
        for (const QString& sql : statements) {
            q.prepare(sql);
            q.addBindValue(schoolYear);
            if (!q.exec())
                return dbError(q);
            if (sql.contains(QStringLiteral("inspectie_rows")))
                yearRemoved = q.numRowsAffected();
        }
        if (auto logged = m_store.audit().append(QStringLiteral("inspectie.purged"),
                                                 QStringLiteral("school_year=%1 rows=%2 retention_years=%3")
                                                     .arg(Quarter::schoolYearText(schoolYear))
                                                     .arg(yearRemoved)
                                                     .arg(years));
            !logged)
            return logged.error();
        removed += yearRemoved;
    }
    q.finish();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return removed;
}

} // namespace inbeeld
