#include "core/storage/Migrations.h"

#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace inbeeld {

namespace {

// Each entry brings the schema from version (index) to version (index + 1). Never edit a
// released migration: add a new one.
const QList<QStringList>& migrationSteps()
{
    static const QList<QStringList> steps = {
        // 1: store identity and organisation, the audit log.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " detail TEXT NOT NULL,"
                           " prev_hash BLOB NOT NULL,"
                           " hash BLOB NOT NULL)"),
        },
        // 2: the audit log becomes append-only at the SQL level; failed unlocks get their own
        // record of the time the program learned of them.
        {
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
            QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action)"),
        },
        // 3: imported lists. A snapshot is one list of one side at a peildatum; its records are the
        // accepted rows after data minimisation; import_issues and rejected_rows keep the report
        // (rejected rows with their original cells, so they can be exported to fix at the source);
        // mapping_profiles remember how a source's columns map onto fields.
        {
            QStringLiteral("CREATE TABLE snapshots ("
                           " id INTEGER PRIMARY KEY,"
                           " side TEXT NOT NULL CHECK (side IN ('ours', 'theirs')),"
                           " origin TEXT NOT NULL CHECK (origin IN ('import', 'package')),"
                           " source_name TEXT NOT NULL,"
                           " peildatum TEXT NOT NULL,"
                           " file_name TEXT NOT NULL,"
                           " file_hash BLOB,"
                           " imported_at TEXT NOT NULL,"
                           " imported_by TEXT NOT NULL,"
                           " rows_read INTEGER NOT NULL DEFAULT 0,"
                           " accepted INTEGER NOT NULL DEFAULT 0,"
                           " rejected INTEGER NOT NULL DEFAULT 0,"
                           " warnings INTEGER NOT NULL DEFAULT 0,"
                           " duplicates INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX snapshots_source ON snapshots(side, source_name, id)"),
            QStringLiteral("CREATE TABLE records ("
                           " id INTEGER PRIMARY KEY,"
                           " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
                           " line INTEGER NOT NULL,"
                           " category TEXT NOT NULL,"
                           " bsn TEXT,"
                           " onderwijsnummer TEXT,"
                           " first_names TEXT,"
                           " prefix TEXT,"
                           " surname TEXT,"
                           " name_key TEXT,"
                           " birth_date TEXT,"
                           " street TEXT,"
                           " house_number TEXT,"
                           " postcode TEXT,"
                           " place TEXT,"
                           " last_school TEXT,"
                           " absence_start TEXT,"
                           " absence_reason TEXT,"
                           " exemption_date TEXT,"
                           " exemption_duration TEXT,"
                           " involvement TEXT)"),
            QStringLiteral("CREATE INDEX records_snapshot_bsn ON records(snapshot_id, bsn)"),
            QStringLiteral("CREATE INDEX records_snapshot_category ON records(snapshot_id, category)"),
            QStringLiteral("CREATE TABLE import_issues ("
                           " id INTEGER PRIMARY KEY,"
                           " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
                           " line INTEGER,"
                           " column_name TEXT NOT NULL,"
                           " value TEXT NOT NULL,"
                           " severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),"
                           " code TEXT NOT NULL,"
                           " message TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX import_issues_snapshot ON import_issues(snapshot_id, line)"),
            QStringLiteral("CREATE TABLE rejected_rows ("
                           " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
                           " line INTEGER NOT NULL,"
                           " cells TEXT NOT NULL,"
                           " PRIMARY KEY (snapshot_id, line))"),
            QStringLiteral("CREATE TABLE snapshot_columns ("
                           " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " header TEXT NOT NULL,"
                           " field TEXT NOT NULL,"
                           " PRIMARY KEY (snapshot_id, position))"),
            QStringLiteral("CREATE TABLE mapping_profiles ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " header_signature TEXT NOT NULL UNIQUE,"
                           " headers TEXT NOT NULL,"
                           " mapping TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX mapping_profiles_name ON mapping_profiles(name)"),
        },
        // 4: the organisation's identity for signed, encrypted exchange. identity_keys holds the
        // Ed25519 signing and X25519 encryption key pairs (secret keys only here, inside the
        // encrypted store); retired keys stay to open older packages, and a rotated pair keeps the
        // statement signed by its predecessor. partners holds the pinned keys of partner
        // organisations with who confirmed the fingerprint and how; replaced rows stay as history.
        {
            QStringLiteral("CREATE TABLE identity_keys ("
                           " id INTEGER PRIMARY KEY,"
                           " signing_public BLOB NOT NULL UNIQUE,"
                           " signing_secret BLOB NOT NULL,"
                           " encryption_public BLOB NOT NULL UNIQUE,"
                           " encryption_secret BLOB NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " retired_at TEXT,"
                           " rotation_previous BLOB,"
                           " rotation_signature BLOB)"),
            QStringLiteral("CREATE UNIQUE INDEX identity_keys_one_current ON identity_keys((retired_at IS NULL)) "
                           "WHERE retired_at IS NULL"),
            QStringLiteral("CREATE TABLE partners ("
                           " id INTEGER PRIMARY KEY,"
                           " organisation TEXT NOT NULL,"
                           " role TEXT NOT NULL,"
                           " agreement_id TEXT NOT NULL,"
                           " signing_public BLOB NOT NULL,"
                           " encryption_public BLOB NOT NULL,"
                           " fingerprint TEXT NOT NULL,"
                           " card_created_at TEXT NOT NULL,"
                           " confirmed_by TEXT NOT NULL,"
                           " confirmed_how TEXT NOT NULL CHECK (confirmed_how IN ('phone', 'in-person', 'not-stated')),"
                           " via_rotation INTEGER NOT NULL DEFAULT 0,"
                           " pinned_at TEXT NOT NULL,"
                           " pinned_by TEXT NOT NULL,"
                           " replaced_at TEXT,"
                           " replaced_by INTEGER REFERENCES partners(id))"),
            QStringLiteral("CREATE UNIQUE INDEX partners_current_signing ON partners(signing_public) "
                           "WHERE replaced_at IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX partners_current_encryption ON partners(encryption_public) "
                           "WHERE replaced_at IS NULL"),
        },
        // 5: decisions of the four-step check before sharing (core/sharing). The columns the guard
        // queries are kept apart; the weighing itself is JSON in body. A decision is never edited:
        // it is withdrawn (once) and a new one is taken.
        {
            QStringLiteral("CREATE TABLE share_decisions ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('individual', 'standing')),"
                           " agreement_id TEXT NOT NULL,"
                           " agreement_version INTEGER NOT NULL,"
                           " child_key TEXT,"
                           " record_id INTEGER,"
                           " snapshot_id INTEGER,"
                           " category TEXT,"
                           " recipient TEXT,"
                           " decided_by TEXT NOT NULL,"
                           " decided_at TEXT NOT NULL,"
                           " expires_at TEXT,"
                           " outcome TEXT NOT NULL CHECK (outcome IN ('share', 'alternative')),"
                           " body TEXT NOT NULL,"
                           " withdrawn_at TEXT,"
                           " withdrawn_by TEXT,"
                           " withdraw_reason TEXT)"),
            QStringLiteral("CREATE INDEX share_decisions_child ON share_decisions(child_key, recipient)"),
            QStringLiteral("CREATE TRIGGER share_decisions_no_edit BEFORE UPDATE OF kind, agreement_id, "
                           "agreement_version, child_key, record_id, snapshot_id, category, recipient, decided_by, "
                           "decided_at, expires_at, outcome, body ON share_decisions "
                           "BEGIN SELECT RAISE(ABORT, 'share decisions are not edited'); END"),
            QStringLiteral("CREATE TRIGGER share_decisions_withdraw_once BEFORE UPDATE OF withdrawn_at ON "
                           "share_decisions WHEN OLD.withdrawn_at IS NOT NULL "
                           "BEGIN SELECT RAISE(ABORT, 'share decision already withdrawn'); END"),
        },
        // 6: comparing lists. A user's verdict on a probable match and notes about a child are keyed by
        // the child (CaseRecord::childKey: "bsn:…", "onr:…", "name:<name key>|<birth date>"), not by
        // record ids, so they carry over to the comparison of newer lists.
        {
            QStringLiteral("CREATE TABLE match_decisions ("
                           " ours_key TEXT NOT NULL,"
                           " theirs_key TEXT NOT NULL,"
                           " decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),"
                           " decided_at TEXT NOT NULL,"
                           " decided_by TEXT NOT NULL,"
                           " PRIMARY KEY (ours_key, theirs_key))"),
            QStringLiteral("CREATE TABLE child_notes ("
                           " child_key TEXT PRIMARY KEY NOT NULL,"
                           " note TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " updated_by TEXT NOT NULL)"),
        },
        // 7: exchange packages sent and opened (core/exchange/PackageLedger): per partner the
        // sequence numbers and the SHA-256 of each package file, for the previous-package hash of
        // the next package and to refuse replayed or older packages. No personal data.
        {
            QStringLiteral("CREATE TABLE package_ledger ("
                           " id INTEGER PRIMARY KEY,"
                           " direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),"
                           " partner_fingerprint TEXT NOT NULL,"
                           " package_id TEXT NOT NULL,"
                           " sequence INTEGER NOT NULL,"
                           " package_sha256 BLOB NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " quarter TEXT NOT NULL,"
                           " records INTEGER NOT NULL,"
                           " snapshot_id INTEGER,"
                           " at TEXT NOT NULL,"
                           " UNIQUE (direction, partner_fingerprint, sequence))"),
        },
        // 8: a snapshot is a whole list or a case (one child from a partner's case package): only
        // lists are compared, diffed and sent as the newest list.
        {
            QStringLiteral("ALTER TABLE snapshots ADD COLUMN scope TEXT NOT NULL DEFAULT 'list' "
                           "CHECK (scope IN ('list', 'case'))"),
        },
        // 9: records lose the (snapshot_id, category) index. No query looks records up by category
        // (a comparison reads a whole snapshot through records_snapshot_bsn), and with a handful of
        // categories every import inserted into the middle of that index, which made it the most
        // expensive part of storing a million-row list.
        {
            QStringLiteral("DROP INDEX records_snapshot_category"),
        },
        // lifecycle (core/lifecycle): closing a child's case, legal holds and restrictions, the
        // organisation's retention periods, rectifications of our own records, the register of
        // data-subject requests and erasure/objection decisions. Sent packages now record which list
        // they carried (snapshot_id, backfilled from the audit log), for a case package which child,
        // and the fields per category, so an access export can name every package that held a child.
        {
            QStringLiteral("CREATE TABLE case_closures ("
                           " child_key TEXT PRIMARY KEY NOT NULL,"
                           " reason TEXT NOT NULL CHECK (reason IN ('back_in_school', 'startkwalificatie', "
                           "'moved_out', 'deceased')),"
                           " closed_on TEXT NOT NULL,"
                           " note TEXT,"
                           " closed_at TEXT NOT NULL,"
                           " closed_by TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE child_flags ("
                           " child_key TEXT NOT NULL,"
                           " flag TEXT NOT NULL CHECK (flag IN ('hold', 'restriction')),"
                           " reason TEXT NOT NULL,"
                           " since TEXT NOT NULL,"
                           " set_by TEXT NOT NULL,"
                           " PRIMARY KEY (child_key, flag))"),
            QStringLiteral("CREATE TABLE retention_rules ("
                           " rule TEXT PRIMARY KEY NOT NULL,"
                           " months INTEGER NOT NULL CHECK (months >= 0),"
                           " reason TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " updated_by TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE rectifications ("
                           " id INTEGER PRIMARY KEY,"
                           " child_key TEXT NOT NULL,"
                           " field TEXT NOT NULL,"
                           " old_value TEXT,"
                           " new_value TEXT,"
                           " reason TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX rectifications_child ON rectifications(child_key)"),
            QStringLiteral("CREATE TABLE subject_requests ("
                           " id INTEGER PRIMARY KEY,"
                           " type TEXT NOT NULL CHECK (type IN ('access', 'rectification', 'completion', 'erasure', "
                           "'restriction', 'objection')),"
                           " child_key TEXT,"
                           " received_on TEXT NOT NULL,"
                           " requester TEXT NOT NULL CHECK (requester IN ('young_person', 'parent', 'guardian')),"
                           " identity_check TEXT NOT NULL,"
                           " verified_by TEXT NOT NULL,"
                           " deadline TEXT NOT NULL,"
                           " extension_reason TEXT,"
                           " status TEXT NOT NULL CHECK (status IN ('open', 'done', 'refused')),"
                           " outcome TEXT,"
                           " registered_at TEXT NOT NULL,"
                           " registered_by TEXT NOT NULL,"
                           " closed_at TEXT)"),
            QStringLiteral("CREATE TABLE subject_decisions ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('erasure', 'objection')),"
                           " child_key TEXT,"
                           " granted INTEGER NOT NULL,"
                           " reasoning TEXT NOT NULL,"
                           " decided_at TEXT NOT NULL,"
                           " decided_by TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE package_ledger ADD COLUMN child_key TEXT"),
            QStringLiteral("ALTER TABLE package_ledger ADD COLUMN fields TEXT"),
            QStringLiteral("UPDATE package_ledger SET snapshot_id = (SELECT CAST(substr(a.detail, "
                           "instr(a.detail, ' snapshot=') + 10) AS INTEGER) FROM audit_log a WHERE a.action = "
                           "'package.sent' AND a.detail LIKE 'package=' || package_ledger.package_id || ' %') "
                           "WHERE direction = 'sent' AND (snapshot_id IS NULL OR snapshot_id = 0)"),
        },
        // 11: the Inspectie's quarterly registration (core/reporting/InspectieRegistration). No
        // personal data and no reference to records or snapshots, so it survives retention purges:
        // a pseudonymous id (keyed hash of the child with a secret per school year), category,
        // dates, end reason, source; per built quarter the rows with their subgroup on the
        // peildatum. Purged a school year at a time after its own retention.
        {
            QStringLiteral("CREATE TABLE inspectie_years ("
                           " school_year INTEGER PRIMARY KEY,"
                           " secret BLOB NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE inspectie_rows ("
                           " id INTEGER PRIMARY KEY,"
                           " school_year INTEGER NOT NULL REFERENCES inspectie_years(school_year) ON DELETE CASCADE,"
                           " pseudo_id TEXT NOT NULL,"
                           " category TEXT NOT NULL,"
                           " start_date TEXT,"
                           " end_date TEXT,"
                           " end_reason TEXT,"
                           " source TEXT NOT NULL CHECK (source IN ('ours', 'partner')),"
                           " first_quarter TEXT NOT NULL,"
                           " last_quarter TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " UNIQUE (school_year, pseudo_id))"),
            QStringLiteral("CREATE TABLE inspectie_quarters ("
                           " quarter TEXT PRIMARY KEY,"
                           " school_year INTEGER NOT NULL REFERENCES inspectie_years(school_year) ON DELETE CASCADE,"
                           " peildatum TEXT NOT NULL,"
                           " built_at TEXT NOT NULL,"
                           " lists INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE inspectie_quarter_rows ("
                           " quarter TEXT NOT NULL REFERENCES inspectie_quarters(quarter) ON DELETE CASCADE,"
                           " pseudo_id TEXT NOT NULL,"
                           " category TEXT NOT NULL,"
                           " subgroup TEXT NOT NULL,"
                           " start_date TEXT,"
                           " end_date TEXT,"
                           " end_reason TEXT,"
                           " source TEXT NOT NULL,"
                           " PRIMARY KEY (quarter, pseudo_id))"),
            QStringLiteral("CREATE TABLE inspectie_settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        },
        // 12: exchange, finished. Each party's werkgebied as edited here (the profile's defaults until
        // then) and the school list (school -> partnership); a partner's contact and its removal (no
        // more packages either way, history kept); how each package left (file, mail with the
        // server's message id); the organisation's mail server (the password is in the keychain).
        {
            QStringLiteral("CREATE TABLE area_parties ("
                           " party_id TEXT PRIMARY KEY NOT NULL,"
                           " sector TEXT NOT NULL CHECK (sector IN ('po', 'vo', 'both')),"
                           " municipalities TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " updated_by TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE area_schools ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " brin TEXT NOT NULL,"
                           " party_id TEXT NOT NULL,"
                           " added_at TEXT NOT NULL,"
                           " added_by TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE partners ADD COLUMN contact_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE partners ADD COLUMN contact_mail TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE partners ADD COLUMN contact_phone TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE partners ADD COLUMN removed_at TEXT"),
            QStringLiteral("CREATE TABLE package_dispatch ("
                           " id INTEGER PRIMARY KEY,"
                           " package_id TEXT NOT NULL,"
                           " how TEXT NOT NULL CHECK (how IN ('file', 'mail')),"
                           " at TEXT NOT NULL,"
                           " detail TEXT NOT NULL,"
                           " by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX package_dispatch_package ON package_dispatch(package_id)"),
            QStringLiteral("CREATE TABLE mail_settings ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " server TEXT NOT NULL,"
                           " port INTEGER NOT NULL,"
                           " security TEXT NOT NULL CHECK (security IN ('starttls', 'tls')),"
                           " username TEXT NOT NULL,"
                           " sender TEXT NOT NULL,"
                           " ca_file TEXT NOT NULL DEFAULT '')"),
        },
        // Failed mail attempts, for the dispatch history (what the user saw, no personal data), and
        // which of our cards a partner holds.
        {
            QStringLiteral("CREATE TABLE mail_failures ("
                           " id INTEGER PRIMARY KEY,"
                           " package_id TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " to_address TEXT NOT NULL,"
                           " failure INTEGER NOT NULL,"
                           " message TEXT NOT NULL,"
                           " by TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX mail_failures_package ON mail_failures(package_id)"),
            // Which of our identity cards each partner is known to hold (after our key rotation).
            QStringLiteral("ALTER TABLE partners ADD COLUMN our_card TEXT NOT NULL DEFAULT ''"),
        },
    };
    return steps;
}

} // namespace

int Migrations::latestVersion()
{
    return int(migrationSteps().size());
}

int Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> Migrations::migrate(QSqlDatabase db, int targetVersion)
{
    const int current = currentVersion(db);
    if (current < 0)
        return makeError(Error::Code::Database, tr("The store's schema version could not be read."));
    if (current > latestVersion()) {
        return makeError(Error::Code::StoreTooNew,
                         tr("This store was made by a newer version of InBeeld (schema %1; this program knows up to "
                            "%2). Install the newer version to open it. The store has not been changed.")
                             .arg(current)
                             .arg(latestVersion()));
    }
    const auto& steps = migrationSteps();
    for (int version = current; version < targetVersion && version < latestVersion(); ++version) {
        Transaction transaction(db);
        if (!transaction.isActive())
            return makeError(Error::Code::Database,
                             tr("The store could not be upgraded: %1").arg(transaction.reason()));
        QSqlQuery q(db);
        for (const QString& sql : steps.at(version)) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                q.finish();
                return makeError(Error::Code::Database,
                                 tr("Upgrading the store to schema %1 failed; nothing was changed. Details: %2")
                                     .arg(version + 1)
                                     .arg(why));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            const QString why = q.lastError().text();
            q.finish();
            return makeError(Error::Code::Database, tr("The store could not be upgraded: %1").arg(why));
        }
        q.finish();
        if (!transaction.commit())
            return makeError(Error::Code::Database,
                             tr("The store could not be upgraded: %1").arg(transaction.reason()));
    }
    return {};
}

} // namespace inbeeld
