#include "core/reporting/InspectieRegistration.h"

#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace inbeeld {

const QString InspectieRegistration::NotOnNewerList = QStringLiteral("not_on_newer_list");

namespace {

const QString Absoluut = QStringLiteral("absoluut");
const QString Langdurig = QStringLiteral("langdurig");
const QString Vrijstelling = QStringLiteral("vrijstelling_5a");
const QString LtFourWeeks = QStringLiteral("langdurig_lt_4w");
const QString FourWeeksToThreeMonths = QStringLiteral("langdurig_4w_3m");
const QString OverThreeMonths = QStringLiteral("langdurig_gt_3m");
const QString StartUnknown = QStringLiteral("langdurig_start_unknown");

Error dbError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     InspectieRegistration::tr("The registration could not be stored: %1").arg(q.lastError().text()));
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// One row of the year's register while building.
struct YearRow
{
    qint64 id = 0;
    QString category;
    QDate start;
    QDate end;
    QString endReason;
    QString source;
    QString first;
    QString last;
};

struct Current
{
    QString category;
    QDate start;
};

} // namespace

InspectieRegistration::InspectieRegistration(Store& store, const ClosureLookup* closures)
    : m_store(store)
    , m_closures(closures)
{
}

const QStringList& InspectieRegistration::subgroupCodes()
{
    static const QStringList codes {Absoluut,        LtFourWeeks,  FourWeeksToThreeMonths,
                                    OverThreeMonths, StartUnknown, Vrijstelling};
    return codes;
}

QString InspectieRegistration::subgroupName(const QString& code)
{
    if (code == Absoluut)
        return tr("Absolute absence");
    if (code == LtFourWeeks)
        return tr("Long-term absence, less than 4 weeks");
    if (code == FourWeeksToThreeMonths)
        return tr("Long-term absence, 4 weeks to 3 months");
    if (code == OverThreeMonths)
        return tr("Long-term absence, more than 3 months");
    if (code == StartUnknown)
        return tr("Long-term absence, start date unknown");
    if (code == Vrijstelling)
        return tr("Exemption article 5 under a");
    return code;
}

QString InspectieRegistration::categoryName(const QString& category)
{
    // Absoluut and vrijstelling are their own subgroups, with the same names.
    return category == Langdurig ? tr("Long-term relative absence") : subgroupName(category);
}

QString InspectieRegistration::subgroupExplanation(const QString& code)
{
    if (code == Absoluut)
        return tr("Of compulsory school age and not registered at any school.");
    if (code == LtFourWeeks)
        return tr("Registered at a school but absent without permission for less than four weeks on the reference "
                  "date; not yet counted as long-term by the Inspectie.");
    if (code == FourWeeksToThreeMonths)
        return tr("Registered at a school and absent without permission for four weeks up to and including three "
                  "months on the reference date.");
    if (code == OverThreeMonths)
        return tr("Registered at a school and absent without permission for more than three months on the "
                  "reference date.");
    if (code == StartUnknown)
        return tr("Long-term absence without a known start date: fix the start date in the source list.");
    if (code == Vrijstelling)
        return tr("Exempted from compulsory education on physical or psychological grounds (Leerplichtwet "
                  "article 5 under a).");
    return {};
}

QString InspectieRegistration::subgroupOf(const QString& category, const QDate& start, const QDate& peildatum)
{
    if (category != Langdurig)
        return category;
    if (!start.isValid() || !peildatum.isValid() || start > peildatum)
        return StartUnknown;
    if (peildatum < start.addDays(28))
        return LtFourWeeks;
    if (peildatum <= start.addMonths(3))
        return FourWeeksToThreeMonths;
    return OverThreeMonths;
}

QString InspectieRegistration::endReasonName(const QString& code)
{
    if (code.isEmpty())
        return {};
    if (code == NotOnNewerList)
        return tr("No longer on a newer list");
    if (code == u"back_in_school")
        return tr("Back in school");
    if (code == u"startkwalificatie")
        return tr("Basic qualification obtained");
    if (code == u"moved_out")
        return tr("Moved out of the region");
    if (code == u"deceased")
        return tr("Deceased");
    return tr("Other");
}

QString InspectieRegistration::sourceName(const QString& code)
{
    return code == u"partner" ? tr("Partner's list, confirmed") : tr("Own list");
}

QMap<QString, qint64> QuarterRegistration::counts() const
{
    QMap<QString, qint64> counts;
    for (const QString& code : InspectieRegistration::subgroupCodes())
        counts.insert(code, 0);
    counts.insert(QStringLiteral("total"), rows.size());
    counts.insert(QStringLiteral("active"), 0);
    counts.insert(QStringLiteral("ended"), 0);
    for (const RegistrationRow& row : rows) {
        ++counts[row.subgroup];
        ++counts[row.active() ? QStringLiteral("active") : QStringLiteral("ended")];
    }
    return counts;
}

Result<QByteArray> InspectieRegistration::secretFor(int schoolYear)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT secret FROM inspectie_years WHERE school_year = ?"));
    q.addBindValue(schoolYear);
    if (!q.exec())
        return dbError(q);
    if (q.next())
        return q.value(0).toByteArray();
    if (sodium_init() < 0)
        return makeError(Error::Code::Generic, tr("The registration could not be stored: no random source."));
    QByteArray secret(crypto_auth_hmacsha256_KEYBYTES, '\0');
    randombytes_buf(secret.data(), std::size_t(secret.size()));
    q.prepare(QStringLiteral("INSERT INTO inspectie_years (school_year, secret, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(schoolYear);
    q.addBindValue(secret);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return dbError(q);
    return secret;
}

QString InspectieRegistration::pseudoId(const QByteArray& secret, const QString& childKey) const
{
    const QByteArray message = childKey.toUtf8();
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                           reinterpret_cast<const unsigned char*>(secret.constData()));
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | mac[i];
    QString id = QStringLiteral("IB");
    for (int i = 0; i < 12; ++i) {
        id += QLatin1Char(alphabet[bits & 31]);
        bits >>= 5;
    }
    sodium_memzero(mac, sizeof mac);
    return id;
}

namespace {

// The newest own list per source whose peildatum lies in [from, to].
Result<QList<SnapshotInfo>> listsFor(Store& store, const QDate& from, const QDate& to)
{
    auto all = Snapshots::list(store);
    if (!all)
        return all.error();
    QMap<QString, SnapshotInfo> newest;
    for (const SnapshotInfo& s : all.value()) {
        if (s.side != SnapshotSide::Ours || !s.isList() || s.peildatum < from || s.peildatum > to)
            continue;
        auto it = newest.find(s.sourceName);
        if (it == newest.end() || s.peildatum > it->peildatum || (s.peildatum == it->peildatum && s.id > it->id))
            newest.insert(s.sourceName, s);
    }
    return newest.values();
}

Result<QHash<QString, YearRow>> yearRows(QSqlDatabase db, int schoolYear)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, pseudo_id, category, start_date, end_date, end_reason, source, "
                             "first_quarter, last_quarter FROM inspectie_rows WHERE school_year = ?"));
    q.addBindValue(schoolYear);
    if (!q.exec())
        return dbError(q);
    QHash<QString, YearRow> rows;
    while (q.next()) {
        rows.insert(q.value(1).toString(),
                    {q.value(0).toLongLong(), q.value(2).toString(), toDate(q.value(3)), toDate(q.value(4)),
                     q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    }
    return rows;
}

Result<void> saveRow(QSqlQuery& q, int schoolYear, const QString& pid, const YearRow& row, const QString& note = {})
{
    if (row.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO inspectie_rows (school_year, pseudo_id, category, start_date, end_date, "
                                 "end_reason, source, first_quarter, last_quarter, note) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(schoolYear);
        q.addBindValue(pid);
    } else {
        q.prepare(
            QStringLiteral("UPDATE inspectie_rows SET category = ?, start_date = ?, end_date = ?, end_reason = ?, "
                           "source = ?, first_quarter = ?, last_quarter = ? WHERE id = ?"));
    }
    q.addBindValue(row.category);
    q.addBindValue(dateValue(row.start));
    q.addBindValue(dateValue(row.end));
    q.addBindValue(row.endReason);
    q.addBindValue(row.source);
    q.addBindValue(row.first);
    q.addBindValue(row.last);
    if (row.id == 0)
        q.addBindValue(note);
    else
        q.addBindValue(row.id);
    if (!q.exec())
        return dbError(q);
    return {};
}

QDate startOf(const CaseRecord& r)
{
    return r.category == Vrijstelling && r.exemptionDate.isValid() ? r.exemptionDate : r.absenceStart;
}

// Stores the quarter as it stands on the peildatum: every row of the year registered by then,
// with its subgroup on the peildatum (or on its end date, for a child who left).
Result<QList<RegistrationRow>> storeQuarter(QSqlDatabase db, const QString& code, int schoolYear,
                                            const QDate& peildatum, int lists)
{
    QSqlQuery q(db);
    for (const QString& sql : {QStringLiteral("DELETE FROM inspectie_quarter_rows WHERE quarter = ?"),
                               QStringLiteral("DELETE FROM inspectie_quarters WHERE quarter = ?")}) {
        q.prepare(sql);
        q.addBindValue(code);
        if (!q.exec())
            return dbError(q);
    }
    q.prepare(QStringLiteral("INSERT INTO inspectie_quarters (quarter, school_year, peildatum, built_at, lists) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(code);
    q.addBindValue(schoolYear);
    q.addBindValue(peildatum.toString(Qt::ISODate));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(lists);
    if (!q.exec())
        return dbError(q);
    q.prepare(QStringLiteral("SELECT pseudo_id, category, start_date, end_date, end_reason, source FROM inspectie_rows "
                             "WHERE school_year = ? AND first_quarter <= ? ORDER BY id"));
    q.addBindValue(schoolYear);
    q.addBindValue(code);
    if (!q.exec())
        return dbError(q);
    QList<RegistrationRow> out;
    while (q.next()) {
        RegistrationRow row {q.value(0).toString(), q.value(1).toString(), {}, toDate(q.value(2)), toDate(q.value(3)),
                             q.value(4).toString(), q.value(5).toString()};
        if (row.end.isValid() && row.end > peildatum) {
            row.end = {};
            row.endReason.clear();
        }
        row.subgroup = InspectieRegistration::subgroupOf(row.category, row.start, row.active() ? peildatum : row.end);
        out << row;
    }
    q.finish();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO inspectie_quarter_rows (quarter, pseudo_id, category, subgroup, "
                                  "start_date, end_date, end_reason, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RegistrationRow& row : out) {
        insert.addBindValue(code);
        insert.addBindValue(row.id);
        insert.addBindValue(row.category);
        insert.addBindValue(row.subgroup);
        insert.addBindValue(dateValue(row.start));
        insert.addBindValue(dateValue(row.end));
        insert.addBindValue(row.endReason);
        insert.addBindValue(row.source);
        if (!insert.exec())
            return dbError(insert);
    }
    insert.finish();
    return out;
}

} // namespace

Result<QuarterRegistration> InspectieRegistration::build(const Quarter& quarter, const QDate& peildatumIn)
{
    const QDate peildatum = peildatumIn.isValid() ? peildatumIn : quarter.lastDay();
    if (!quarter.isValid() || !quarter.contains(peildatum))
        return makeError(Error::Code::InvalidInput,
                         tr("The reference date %1 does not lie in quarter %2.")
                             .arg(peildatum.toString(QStringLiteral("dd-MM-yyyy")), quarter.code()));
    const int schoolYear = Quarter::schoolYearOf(peildatum);
    QSqlDatabase db = m_store.database();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto secret = secretFor(schoolYear);
    if (!secret)
        return secret.error();
    auto lists = listsFor(m_store, quarter.firstDay(), peildatum);
    if (!lists)
        return lists.error();
    QHash<QString, Current> current;
    QStringList order; // list order, so new rows are registered in the order the lists give them
    QDate newestList;
    for (const SnapshotInfo& list : lists.value()) {
        newestList = std::max(newestList, list.peildatum);
        auto records = Snapshots::records(m_store, list.id);
        if (!records)
            return records.error();
        for (const CaseRecord& r : records.value()) {
            const QString key = r.childKey();
            if (key.isEmpty())
                continue;
            const QString pid = pseudoId(secret.value(), key);
            if (!current.contains(pid))
                order << pid;
            current.insert(pid, {r.category, startOf(r)});
        }
    }
    QHash<QString, RegistrationEnding> closed;
    if (m_closures) {
        const auto closures = m_closures->closures();
        for (auto it = closures.cbegin(); it != closures.cend(); ++it)
            closed.insert(pseudoId(secret.value(), it.key()), it.value());
    }
    auto rows = yearRows(db, schoolYear);
    if (!rows)
        return rows.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT MAX(quarter) FROM inspectie_quarters WHERE school_year = ?"));
    q.addBindValue(schoolYear);
    if (!q.exec() || !q.next())
        return dbError(q);
    const bool newest = q.value(0).isNull() || quarter.code() >= q.value(0).toString();
    const QString code = quarter.code();

    for (const QString& pid : std::as_const(order)) {
        const auto it = current.constFind(pid);
        YearRow row = rows.value().value(pid);
        if (row.id == 0) {
            row = {0, it->category, it->start, {}, {}, QStringLiteral("ours"), code, code};
        } else {
            row.first = std::min(row.first, code);
            row.last = std::max(row.last, code);
            if (!row.start.isValid())
                row.start = it->start;
            if (newest) {
                row.category = it->category;
                row.start = it->start.isValid() ? it->start : row.start;
                row.end = {};
                row.endReason.clear();
            }
        }
        if (auto saved = saveRow(q, schoolYear, pid, row); !saved)
            return saved.error();
    }
    if (newest) {
        for (auto it = rows.value().cbegin(); it != rows.value().cend(); ++it) {
            YearRow row = it.value();
            if (current.contains(it.key()) || row.end.isValid() || row.source != u"ours" || !newestList.isValid())
                continue;
            row.end = newestList;
            row.endReason = NotOnNewerList;
            if (auto saved = saveRow(q, schoolYear, it.key(), row); !saved)
                return saved.error();
        }
        auto refreshed = closed.isEmpty() ? rows : yearRows(db, schoolYear);
        if (!refreshed)
            return refreshed.error();
        for (auto it = closed.cbegin(); it != closed.cend(); ++it) {
            YearRow row = refreshed.value().value(it.key());
            if (row.id == 0 || it->date > peildatum)
                continue;
            row.end = it->date;
            row.endReason = it->reason;
            if (auto saved = saveRow(q, schoolYear, it.key(), row); !saved)
                return saved.error();
        }
    }

    auto out = storeQuarter(db, quarter.code(), schoolYear, peildatum, int(lists.value().size()));
    if (!out)
        return out.error();
    QuarterRegistration result {quarter, peildatum, schoolYear, int(lists.value().size()), out.value()};
    const auto counts = result.counts();
    if (auto logged = m_store.audit().append(QStringLiteral("inspectie.built"),
                                             QStringLiteral("quarter=%1 peildatum=%2 lists=%3 rows=%4 active=%5")
                                                 .arg(code, peildatum.toString(Qt::ISODate))
                                                 .arg(result.lists)
                                                 .arg(out.value().size())
                                                 .arg(counts.value(QStringLiteral("active"))));
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return result;
}

Result<QuarterRegistration> InspectieRegistration::load(const Quarter& quarter) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT school_year, peildatum, lists FROM inspectie_quarters WHERE quarter = ?"));
    q.addBindValue(quarter.code());
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return makeError(Error::Code::InvalidInput, tr("Quarter %1 has not been registered yet.").arg(quarter.code()));
    QuarterRegistration result {quarter, toDate(q.value(1)), q.value(0).toInt(), q.value(2).toInt(), {}};
    q.prepare(QStringLiteral("SELECT pseudo_id, category, subgroup, start_date, end_date, end_reason, source "
                             "FROM inspectie_quarter_rows WHERE quarter = ? ORDER BY rowid"));
    q.addBindValue(quarter.code());
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        result.rows << RegistrationRow {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        toDate(q.value(3)),    toDate(q.value(4)),    q.value(5).toString(),
                                        q.value(6).toString()};
    }
    return result;
}

Result<QList<Quarter>> InspectieRegistration::builtQuarters() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT quarter FROM inspectie_quarters ORDER BY quarter")))
        return dbError(q);
    QList<Quarter> quarters;
    while (q.next())
        if (const auto quarter = Quarter::parse(q.value(0).toString()))
            quarters << *quarter;
    return quarters;
}

Result<QList<QuarterRegistration>> InspectieRegistration::quartersOf(int schoolYear) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT quarter FROM inspectie_quarters WHERE school_year = ? ORDER BY quarter"));
    q.addBindValue(schoolYear);
    if (!q.exec())
        return dbError(q);
    QList<Quarter> codes;
    while (q.next())
        if (const auto quarter = Quarter::parse(q.value(0).toString()))
            codes << *quarter;
    QList<QuarterRegistration> result;
    for (const Quarter& quarter : codes) {
        auto loaded = load(quarter);
        if (!loaded)
            return loaded.error();
        result << loaded.takeValue();
    }
    return result;
}

Result<QString> InspectieRegistration::addPartnerChild(const CaseRecord& record, const QDate& onDate,
                                                       const QString& note)
{
    const QString key = record.childKey();
    if (key.isEmpty() || !onDate.isValid())
        return makeError(Error::Code::InvalidInput,
                         tr("This child cannot be registered: the partner's list gives no number or no name and "
                            "birth date."));
    const int schoolYear = Quarter::schoolYearOf(onDate);
    QSqlDatabase db = m_store.database();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto secret = secretFor(schoolYear);
    if (!secret)
        return secret.error();
    const QString pid = pseudoId(secret.value(), key);
    auto rows = yearRows(db, schoolYear);
    if (!rows)
        return rows.error();
    if (!rows.value().contains(pid)) {
        const QString code = Quarter::of(onDate).code();
        const YearRow row {0, record.category, startOf(record), {}, {}, QStringLiteral("partner"), code, code};
        QSqlQuery q(db);
        if (auto saved = saveRow(q, schoolYear, pid, row, note.left(500)); !saved)
            return saved.error();
        if (auto logged = m_store.audit().append(QStringLiteral("inspectie.partner_child_added"),
                                                 QStringLiteral("id=%1 quarter=%2").arg(pid, code));
            !logged)
            return logged.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return pid;
}

} // namespace inbeeld
