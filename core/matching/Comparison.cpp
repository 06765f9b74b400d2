#include "core/matching/Comparison.h"

#include "core/importing/SnapshotDiff.h"

namespace inbeeld {

namespace {

const QString Vrijstelling = QStringLiteral("vrijstelling_5a");

} // namespace

qint64 CategorySummary::total() const
{
    qint64 sum = 0;
    for (const qint64 n : counts)
        sum += n;
    return sum;
}

std::optional<CategorySummary> Comparison::summary(const QString& category) const
{
    for (const CategorySummary& s : m_summary) {
        if (s.category == category)
            return s;
    }
    return std::nullopt;
}

QString Comparison::category(const ComparisonItem& item) const
{
    if (const CaseRecord* r = ours(item))
        return r->category;
    if (const CaseRecord* r = theirs(item))
        return r->category;
    return {};
}

QList<FieldDifference> Comparison::differences(const ComparisonItem& item) const
{
    QList<FieldDifference> list;
    const CaseRecord* a = ours(item);
    const CaseRecord* b = theirs(item);
    if (!a || !b)
        return list;
    for (const ComparedField field : comparedFields()) {
        if (item.differsIn(field))
            list.append({field, fieldValue(*a, field), fieldValue(*b, field)});
    }
    return list;
}

QString Comparison::explanation(const ComparisonItem& item) const
{
    if (!item.expected)
        return {};
    const QString code = category(item);
    QString categoryName = code;
    for (const AgreementCategory& c : m_categories) {
        if (c.code == code)
            categoryName = c.name;
    }
    const Role other = m_ourRole == Role::Rbl ? Role::Swv : Role::Rbl;
    if (item.outcome == ComparisonOutcome::OnlyOurs)
        return tr("Expected: under the agreement, \"%1\" is normally known only to us (%2), so %3 would not "
                  "have this child on its list.")
            .arg(categoryName, RoleText::displayName(m_ourRole), RoleText::displayName(other));
    return tr("Expected: under the agreement, \"%1\" is normally known only to %2, so our list would not have "
              "this child.")
        .arg(categoryName, RoleText::displayName(other));
}

QString Comparison::oursKey(const ComparisonItem& item) const
{
    const CaseRecord* r = ours(item);
    return r ? r->childKey() : QString();
}

QString Comparison::theirsKey(const ComparisonItem& item) const
{
    const CaseRecord* r = theirs(item);
    return r ? r->childKey() : QString();
}

std::pair<QString, QString> Comparison::decisionKeys(const ComparisonItem& item) const
{
    if (item.ours >= 0 && item.theirs >= 0)
        return {oursKey(item), theirsKey(item)};
    if (item.rejected() && item.ours >= 0 && item.rejectedPartner < m_theirs.size())
        return {oursKey(item), m_theirs[item.rejectedPartner].childKey()};
    if (item.rejected() && item.theirs >= 0 && item.rejectedPartner < m_ours.size())
        return {m_ours[item.rejectedPartner].childKey(), theirsKey(item)};
    return {};
}

QString Comparison::noteKey(const ComparisonItem& item) const
{
    const QString key = oursKey(item);
    return key.isEmpty() ? theirsKey(item) : key;
}

QString Comparison::auditReference(const ComparisonItem& item) const
{
    const auto side = [](const std::optional<SnapshotInfo>& snapshot, const CaseRecord* record) {
        if (!record)
            return QStringLiteral("-");
        return QStringLiteral("%1/%2").arg(snapshot ? snapshot->id : 0).arg(record->id);
    };
    return QStringLiteral("ours %1 theirs %2").arg(side(oursSnapshot, ours(item)), side(theirsSnapshot, theirs(item)));
}

QString Comparison::outcomeCode(ComparisonOutcome outcome)
{
    switch (outcome) {
    case ComparisonOutcome::Both:
        return QStringLiteral("both");
    case ComparisonOutcome::Differs:
        return QStringLiteral("differs");
    case ComparisonOutcome::OnlyOurs:
        return QStringLiteral("only_ours");
    case ComparisonOutcome::OnlyTheirs:
        return QStringLiteral("only_theirs");
    case ComparisonOutcome::Probable:
        return QStringLiteral("probable");
    }
    return {};
}

std::optional<ComparisonOutcome> Comparison::outcomeFromCode(const QString& code)
{
    for (int i = 0; i < ComparisonOutcomeCount; ++i) {
        if (outcomeCode(ComparisonOutcome(i)) == code)
            return ComparisonOutcome(i);
    }
    return std::nullopt;
}

QString Comparison::outcomeName(ComparisonOutcome outcome)
{
    switch (outcome) {
    case ComparisonOutcome::Both:
        return tr("On both lists");
    case ComparisonOutcome::Differs:
        return tr("On both lists, recorded differently");
    case ComparisonOutcome::OnlyOurs:
        return tr("Only on our list");
    case ComparisonOutcome::OnlyTheirs:
        return tr("Only on their list");
    case ComparisonOutcome::Probable:
        return tr("Probably the same child (check)");
    }
    return {};
}

QString Comparison::fieldCode(ComparedField field)
{
    switch (field) {
    case ComparedField::Category:
        return QStringLiteral("category");
    case ComparedField::School:
        return QStringLiteral("school");
    case ComparedField::StartDate:
        return QStringLiteral("start_date");
    }
    return {};
}

QString Comparison::fieldName(ComparedField field)
{
    switch (field) {
    case ComparedField::Category:
        return tr("Category");
    case ComparedField::School:
        return tr("Last known school");
    case ComparedField::StartDate:
        return tr("Start date (absence or exemption)");
    }
    return {};
}

const QList<ComparedField>& Comparison::comparedFields()
{
    static const QList<ComparedField> fields
        = {ComparedField::Category, ComparedField::School, ComparedField::StartDate};
    return fields;
}

QString Comparison::fieldValue(const CaseRecord& record, ComparedField field)
{
    switch (field) {
    case ComparedField::Category:
        return SnapshotDiff::fieldValue(record, QStringLiteral("category"));
    case ComparedField::School:
        return SnapshotDiff::fieldValue(record, QStringLiteral("last_school"));
    case ComparedField::StartDate:
        return SnapshotDiff::fieldValue(record,
                                        record.category == Vrijstelling ? QStringLiteral("exemption_date")
                                                                        : QStringLiteral("absence_start"));
    }
    return {};
}

} // namespace inbeeld
