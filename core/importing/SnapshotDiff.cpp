#include "core/importing/SnapshotDiff.h"

#include <QHash>
#include <algorithm>

namespace inbeeld {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// The key that groups a record: the child, or the line for a record without any key.
QString groupKey(const CaseRecord& r)
{
    const QString key = r.childKey();
    return key.isEmpty() ? QStringLiteral("line:") + QString::number(r.line) : key;
}

QStringList differingFields(const CaseRecord& a, const CaseRecord& b, bool withCategory)
{
    QStringList fields;
    for (const QString& field : SnapshotDiff::comparedFields()) {
        if (!withCategory && field == QLatin1String("category"))
            continue;
        if (SnapshotDiff::fieldValue(a, field) != SnapshotDiff::fieldValue(b, field))
            fields.append(field);
    }
    return fields;
}

/// The fields that differ between the records of one child in two lists.
QStringList compareGroups(QList<CaseRecord> before, QList<CaseRecord> after)
{
    const auto byCategory = [](const CaseRecord& x, const CaseRecord& y) { return x.category < y.category; };
    std::sort(before.begin(), before.end(), byCategory);
    std::sort(after.begin(), after.end(), byCategory);
    QStringList beforeCategories, afterCategories;
    for (const CaseRecord& r : before)
        beforeCategories << r.category;
    for (const CaseRecord& r : after)
        afterCategories << r.category;
    QStringList fields;
    if (beforeCategories != afterCategories)
        fields << QStringLiteral("category");
    bool paired = false;
    for (const CaseRecord& a : after) {
        const auto match = std::find_if(before.cbegin(), before.cend(),
                                        [&](const CaseRecord& b) { return b.category == a.category; });
        if (match == before.cend())
            continue;
        paired = true;
        for (const QString& f : differingFields(*match, a, false)) {
            if (!fields.contains(f))
                fields << f;
        }
    }
    if (!paired) {
        for (const QString& f : differingFields(before.first(), after.first(), false)) {
            if (!fields.contains(f))
                fields << f;
        }
    }
    // Keep the display order of comparedFields().
    QStringList ordered;
    for (const QString& f : SnapshotDiff::comparedFields()) {
        if (fields.contains(f))
            ordered << f;
    }
    return ordered;
}

} // namespace

const QStringList& SnapshotDiff::comparedFields()
{
    static const QStringList fields = {
        QStringLiteral("category"),        QStringLiteral("bsn"),
        QStringLiteral("onderwijsnummer"), QStringLiteral("first_names"),
        QStringLiteral("prefix"),          QStringLiteral("surname"),
        QStringLiteral("birth_date"),      QStringLiteral("street"),
        QStringLiteral("house_number"),    QStringLiteral("postcode"),
        QStringLiteral("place"),           QStringLiteral("last_school"),
        QStringLiteral("absence_start"),   QStringLiteral("absence_reason"),
        QStringLiteral("exemption_date"),  QStringLiteral("exemption_duration"),
        QStringLiteral("involvement"),
    };
    return fields;
}

QString SnapshotDiff::fieldValue(const CaseRecord& r, const QString& field)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int i = 0; i < comparedFields().size(); ++i)
            h.insert(comparedFields()[i], i);
        return h;
    }();
    switch (index.value(field, -1)) {
    case 0:
        return r.category;
    case 1:
        return r.bsn;
    case 2:
        return r.onderwijsnummer;
    case 3:
        return r.firstNames;
    case 4:
        return r.prefix;
    case 5:
        return r.surname;
    case 6:
        return isoDate(r.birthDate);
    case 7:
        return r.street;
    case 8:
        return r.houseNumber;
    case 9:
        return r.postcode;
    case 10:
        return r.place;
    case 11:
        return r.lastSchool;
    case 12:
        return isoDate(r.absenceStart);
    case 13:
        return r.absenceReason;
    case 14:
        return isoDate(r.exemptionDate);
    case 15:
        return r.exemptionDuration;
    case 16:
        return r.involvement;
    default:
        return {};
    }
}

SnapshotDiff SnapshotDiff::compare(const QList<CaseRecord>& before, const QList<CaseRecord>& after)
{
    QHash<QString, QList<CaseRecord>> beforeGroups, afterGroups;
    QStringList beforeOrder, afterOrder;
    for (const CaseRecord& r : before) {
        const QString key = groupKey(r);
        if (!beforeGroups.contains(key))
            beforeOrder << key;
        beforeGroups[key].append(r);
    }
    for (const CaseRecord& r : after) {
        const QString key = groupKey(r);
        if (!afterGroups.contains(key))
            afterOrder << key;
        afterGroups[key].append(r);
    }

    SnapshotDiff diff;
    QList<SnapshotDiffItem> added, removed, changed;
    for (const QString& key : std::as_const(afterOrder)) {
        const QList<CaseRecord>& now = afterGroups[key];
        const auto old = beforeGroups.constFind(key);
        if (old == beforeGroups.constEnd()) {
            added.append({SnapshotDiffItem::Kind::Added, key, std::nullopt, now.first(), {}});
            continue;
        }
        const QStringList fields = compareGroups(*old, now);
        if (fields.isEmpty())
            ++diff.unchanged;
        else
            changed.append({SnapshotDiffItem::Kind::Changed, key, old->first(), now.first(), fields});
    }
    for (const QString& key : std::as_const(beforeOrder)) {
        if (!afterGroups.contains(key))
            removed.append({SnapshotDiffItem::Kind::Removed, key, beforeGroups[key].first(), std::nullopt, {}});
    }

    // A child that gained or lost a number between the lists: the same name and date of birth.
    QHash<QString, qsizetype> removedByName;
    for (qsizetype i = 0; i < removed.size(); ++i) {
        const QString nameKey = removed[i].before->nameBirthKey();
        if (!nameKey.isEmpty() && !removedByName.contains(nameKey))
            removedByName.insert(nameKey, i);
    }
    QList<bool> removedUsed(removed.size(), false);
    QList<SnapshotDiffItem> stillAdded;
    for (const SnapshotDiffItem& item : std::as_const(added)) {
        const QString nameKey = item.after->nameBirthKey();
        const auto match = removedByName.constFind(nameKey);
        if (nameKey.isEmpty() || match == removedByName.constEnd() || removedUsed[*match]
            || (!item.after->identifier().isEmpty() && !removed[*match].before->identifier().isEmpty())) {
            stillAdded.append(item);
            continue;
        }
        removedUsed[*match] = true;
        const QStringList fields = compareGroups({*removed[*match].before}, {*item.after});
        changed.append({SnapshotDiffItem::Kind::Changed, item.childKey, removed[*match].before, item.after, fields});
    }
    QList<SnapshotDiffItem> stillRemoved;
    for (qsizetype i = 0; i < removed.size(); ++i) {
        if (!removedUsed[i])
            stillRemoved.append(removed[i]);
    }

    const auto line = [](const SnapshotDiffItem& item) { return item.after ? item.after->line : item.before->line; };
    std::stable_sort(changed.begin(), changed.end(),
                     [&](const SnapshotDiffItem& a, const SnapshotDiffItem& b) { return line(a) < line(b); });
    diff.added = stillAdded.size();
    diff.removed = stillRemoved.size();
    diff.changed = changed.size();
    diff.items = stillAdded + stillRemoved + changed;
    return diff;
}

Result<SnapshotDiff> SnapshotDiff::compareWithPrevious(Store& store, qint64 snapshotId)
{
    QSqlDatabase db = store.database();
    auto current = Snapshots::get(store, snapshotId);
    if (!current)
        return current.error();
    auto previous = Snapshots::previous(store, current.value());
    if (!previous)
        return previous.error();
    auto after = Snapshots::records(store, snapshotId);
    if (!after)
        return after.error();
    QList<CaseRecord> before;
    if (previous.value()) {
        auto records = Snapshots::records(store, previous.value()->id);
        if (!records)
            return records.error();
        before = records.takeValue();
    }
    SnapshotDiff diff = compare(before, after.value());
    diff.current = current.value();
    diff.previous = previous.value();
    return diff;
}

QString SnapshotDiff::summary() const
{
    if (!previous)
        return tr("List %1 is the first list of source %2 (%3): all %4 children are new.")
            .arg(current.id)
            .arg(current.sourceName, SnapshotSides::displayName(current.side))
            .arg(added);
    return tr("Since list %1 of %2: %3 added, %4 removed, %5 changed, %6 unchanged.")
        .arg(previous->id)
        .arg(previous->peildatum.toString(QStringLiteral("d-M-yyyy")))
        .arg(added)
        .arg(removed)
        .arg(changed)
        .arg(unchanged);
}

} // namespace inbeeld
