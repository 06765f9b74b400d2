#include "core/sharing/Checklist.h"

#include "core/sharing/SpecialCategoryDetector.h"

#include <utility>

namespace inbeeld {

namespace {

constexpr int MinimumReasonLength = 8;

QString dmy(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("d-M-yyyy")) : QString();
}

int ageOn(const QDate& birth, const QDate& day)
{
    if (!birth.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

} // namespace

Checklist::Checklist(Agreement agreement, CaseRecord child, qint64 snapshotId, QString recipient, Role ownRole)
    : m_agreement(std::move(agreement))
    , m_child(std::move(child))
    , m_snapshotId(snapshotId)
    , m_recipient(std::move(recipient))
    , m_ownRole(ownRole)
{
}

bool Checklist::isMeaningful(const QString& text)
{
    return text.simplified().size() >= MinimumReasonLength;
}

ShareAnswers Checklist::proposal() const
{
    ShareAnswers a;
    a.ground = m_agreement.defaultGround();
    a.fields = minimumFields();
    return a;
}

QString Checklist::groundWarning(const QString& groundId)
{
    if (groundId == u"consent") {
        return tr("Consent is a last resort: it can be withdrawn at any time, and it is rarely given freely when "
                  "the young person or the parents depend on your organisation. Prefer the ground the agreement "
                  "rests on.");
    }
    if (groundId == u"legitimate_interest") {
        return tr("A public body cannot rely on legitimate interest for its public tasks. If you use it, answer "
                  "the three questions of the test: is the interest legitimate, is sharing necessary for it, and "
                  "does it outweigh the interests of the young person?");
    }
    if (groundId == u"vital_interest")
        return tr("Vital interest is only for protecting someone's life or health when no other ground applies.");
    if (groundId == u"contract")
        return tr("A contract is only a ground when the young person or the parents are a party to it.");
    return {};
}

QStringList Checklist::lawArticles(const QString& groundId) const
{
    if (groundId != u"public_task" && groundId != u"legal_obligation")
        return {};
    return m_agreement.lawArticles(RoleText::code(m_ownRole));
}

bool Checklist::isFreeText(const QString& fieldId) const
{
    const AgreementField* f = m_agreement.field(fieldId);
    return f && f->freeText;
}

QString Checklist::recordValue(const CaseRecord& r, const QString& fieldId)
{
    if (fieldId == u"bsn")
        return r.identifier();
    if (fieldId == u"naw") {
        QStringList parts {r.displayName()};
        const QString street = (r.street + u' ' + r.houseNumber).simplified();
        const QString place = (r.postcode + u' ' + r.place).simplified();
        for (const QString& p : {street, place}) {
            if (!p.isEmpty())
                parts << p;
        }
        return parts.join(QStringLiteral(", "));
    }
    if (fieldId == u"birth_date")
        return dmy(r.birthDate);
    if (fieldId == u"last_school")
        return r.lastSchool;
    if (fieldId == u"absence_start")
        return dmy(r.absenceStart);
    if (fieldId == u"absence_reason")
        return r.absenceReason;
    if (fieldId == u"exemption_date")
        return dmy(r.exemptionDate);
    if (fieldId == u"exemption_duration")
        return r.exemptionDuration;
    if (fieldId == u"involvement")
        return r.involvement;
    return {};
}

QString Checklist::sharedValue(const QString& fieldId, const ShareAnswers& answers) const
{
    const auto it = answers.texts.constFind(fieldId);
    if (it != answers.texts.constEnd() && isFreeText(fieldId))
        return it.value();
    return recordValue(m_child, fieldId);
}

QList<SubsidiarityAlternative> Checklist::alternatives()
{
    return {
        {QStringLiteral("ask_directly"), tr("Ask the young person or the parents directly"),
         tr("They can tell the other party themselves, or come to the conversation.")},
        {QStringLiteral("anonymous"), tr("Discuss the case anonymously"),
         tr("Describe the situation so that nobody outside your organisation can tell who it is about.")},
        {QStringLiteral("outside_info"), tr("Share only that the child is known (buitenkantinformatie)"),
         tr("Say that your organisation is involved and who to contact, without any content.")},
        {QStringLiteral("counts_only"), tr("Share counts only"),
         tr("Numbers per category, without anything that identifies a child.")},
    };
}

QList<ChecklistIssue> Checklist::problems(ChecklistStep step, const ShareAnswers& a) const
{
    QList<ChecklistIssue> list;
    const auto add = [&](const QString& key, const QString& message, const QStringList& words = {}) {
        list.append({step, key, message, words});
    };
    switch (step) {
    case ChecklistStep::Talk:
        if (a.informed) {
            if (a.informedWho != u"young_person" && a.informedWho != u"parents" && a.informedWho != u"both")
                add(QStringLiteral("informed_who"),
                    tr("Say whom you informed or consulted: the young person, the parents, or both."));
        } else if (!isMeaningful(a.notInformedReason)) {
            add(QStringLiteral("not_informed_reason"),
                tr("Explain why the young person or the parents were not informed (for example: it would put the "
                   "child at risk). Write at least a short sentence."));
        }
        break;
    case ChecklistStep::Ground:
        if (!m_agreement.legalGround(a.ground)) {
            add(QStringLiteral("ground"), tr("Choose one of the six legal grounds of the GDPR."));
        } else if (a.ground == u"legitimate_interest") {
            if (!isMeaningful(a.interestLegitimate))
                add(QStringLiteral("interest_legitimate"),
                    tr("Legitimate interest: explain which interest is served and why it is legitimate."));
            if (!isMeaningful(a.interestNecessary))
                add(QStringLiteral("interest_necessary"),
                    tr("Legitimate interest: explain why sharing is necessary for that interest."));
            if (!isMeaningful(a.interestOutweighs))
                add(QStringLiteral("interest_outweighs"),
                    tr("Legitimate interest: explain why the interest outweighs the interests of the young person."));
        }
        break;
    case ChecklistStep::Purpose:
        if (!a.purposeId.isEmpty() && !a.purposeText.isEmpty()) {
            add(QStringLiteral("purpose"), tr("Choose a purpose of the agreement or describe your own, not both."));
        } else if (!a.purposeId.isEmpty()) {
            if (!m_agreement.purpose(a.purposeId))
                add(QStringLiteral("purpose"),
                    tr("The agreement has no purpose \"%1\". Choose one of its purposes.").arg(a.purposeId));
        } else if (!isMeaningful(a.purposeText)) {
            add(QStringLiteral("purpose"),
                tr("Choose the purpose of sharing among the agreement's purposes, or describe it in a sentence."));
        } else if (!a.outsideAgreementAcknowledged) {
            add(QStringLiteral("outside_agreement_acknowledged"),
                tr("Your purpose is not one of the agreement's purposes, so the agreement does not cover this "
                   "sharing. Confirm that you have checked another basis for it, or choose a purpose of the "
                   "agreement."));
        }
        break;
    case ChecklistStep::Fields: {
        if (a.fields.isEmpty())
            add(QStringLiteral("fields"), tr("Select at least one field to share."));
        const AgreementCategory* category = m_agreement.category(m_child.category);
        const QString categoryName = category ? category->name : m_child.category;
        for (const QString& id : a.fields) {
            const AgreementField* field = m_agreement.field(id);
            if (!field) {
                add(QStringLiteral("field:") + id, tr("The agreement has no field \"%1\".").arg(id));
                continue;
            }
            if (!m_agreement.allows(m_child.category, id)) {
                add(QStringLiteral("field:") + id,
                    tr("The agreement does not allow sharing \"%1\" for a child in the category \"%2\". Leave it "
                       "out.")
                        .arg(field->name, categoryName));
                continue;
            }
            if (needsJustification(id) && !isMeaningful(a.justifications.value(id)))
                add(QStringLiteral("justification:") + id,
                    tr("\"%1\" is more than the minimum for this category: explain in a sentence why the recipient "
                       "needs it, or leave it out.")
                        .arg(field->name));
            if (field->freeText) {
                const QStringList words = SpecialCategoryDetector::triggeringWords(sharedValue(id, a));
                if (!words.isEmpty())
                    add(QStringLiteral("text:") + id,
                        tr("\"%1\" contains words that reveal special categories of personal data or police and "
                           "justice data (%2). Rephrase it in general terms, such as \"medische redenen\" or "
                           "\"geen passende plek\", or leave the field out.")
                            .arg(field->name, words.join(QStringLiteral(", "))),
                        words);
            }
        }
        const QStringList words = SpecialCategoryDetector::triggeringWords(a.note);
        if (!words.isEmpty())
            add(QStringLiteral("note"),
                tr("The note contains words that reveal special categories of personal data or police and justice "
                   "data (%1). Rephrase it in general terms or leave it out.")
                    .arg(words.join(QStringLiteral(", "))),
                words);
        break;
    }
    case ChecklistStep::Subsidiarity:
        if (!a.alternative.isEmpty()) {
            const auto all = alternatives();
            if (std::none_of(all.cbegin(), all.cend(),
                             [&](const SubsidiarityAlternative& alt) { return alt.id == a.alternative; }))
                add(QStringLiteral("alternative"),
                    tr("Unknown alternative \"%1\": use ask_directly, anonymous, outside_info or counts_only.")
                        .arg(a.alternative));
        } else if (!isMeaningful(a.subsidiarityReason)) {
            add(QStringLiteral("subsidiarity_reason"),
                tr("Explain why the less intrusive ways (asking directly, discussing anonymously, sharing only that "
                   "the child is known, counts only) are not enough for this purpose."));
        }
        break;
    }
    return list;
}

QList<ChecklistIssue> Checklist::warnings(ChecklistStep step, const ShareAnswers& a, const QDateTime& now) const
{
    QList<ChecklistIssue> list;
    switch (step) {
    case ChecklistStep::Talk:
        if (a.informed && a.informedWho == u"parents" && ageOn(m_child.birthDate, now.date()) >= 16)
            list.append({step,
                         QStringLiteral("informed_who"),
                         tr("The young person is 16 or older: inform or consult them as well, not only the "
                            "parents."),
                         {}});
        break;
    case ChecklistStep::Ground:
        if (const QString w = groundWarning(a.ground); !w.isEmpty())
            list.append({step, QStringLiteral("ground"), w, {}});
        if (m_agreement.legalGround(a.ground) && a.ground != m_agreement.defaultGround()) {
            const LegalGround* g = m_agreement.legalGround(m_agreement.defaultGround());
            list.append({step,
                         QStringLiteral("ground"),
                         tr("The agreement rests on \"%1\" (%2). Another ground is your organisation's own "
                            "responsibility.")
                             .arg(g->name, g->article),
                         {}});
        }
        break;
    case ChecklistStep::Purpose:
        if (a.purposeId.isEmpty() && !a.purposeText.isEmpty())
            list.append({step,
                         QStringLiteral("purpose_text"),
                         tr("This purpose is outside the agreement: the agreement does not cover sharing for it."),
                         {}});
        break;
    case ChecklistStep::Fields:
    case ChecklistStep::Subsidiarity:
        break;
    }
    return list;
}

Result<ShareDecision> Checklist::decide(const ShareAnswers& answers, const QString& decidedBy,
                                        const QDateTime& now) const
{
    if (!m_agreement.party(m_recipient)) {
        QStringList ids;
        for (const AgreementParty& p : m_agreement.parties())
            ids << p.id;
        return makeError(Error::Code::InvalidInput,
                         tr("\"%1\" is not a party of the agreement. Choose one of: %2.")
                             .arg(m_recipient, ids.join(QStringLiteral(", "))));
    }
    if (m_child.childKey().isEmpty() || !m_agreement.category(m_child.category))
        return makeError(Error::Code::InvalidInput,
                         tr("The child cannot be identified or has no category of the agreement; a decision needs "
                            "both."));
    const bool alternative = choosesAlternative(answers);
    QStringList messages;
    for (const ChecklistStep step : {ChecklistStep::Talk, ChecklistStep::Ground, ChecklistStep::Purpose,
                                     ChecklistStep::Fields, ChecklistStep::Subsidiarity}) {
        if (step == ChecklistStep::Fields && alternative)
            continue; // nothing will be shared, so the fields do not matter
        for (const ChecklistIssue& issue : problems(step, answers))
            messages << issue.message;
    }
    if (!messages.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("The decision is not complete:") + u'\n' + messages.join(u'\n'));

    ShareDecision d;
    d.kind = ShareDecision::Kind::Individual;
    d.agreementId = m_agreement.id();
    d.agreementVersion = m_agreement.version();
    d.child = ChildRef {m_child.childKey(), m_child.id, m_snapshotId};
    d.category = m_child.category;
    d.recipient = m_recipient;
    d.decidedBy = decidedBy;
    d.decidedAt = now.toUTC();
    d.expiresAt = d.decidedAt.addDays(m_agreement.decisionValidityDays());
    d.outcome = alternative ? ShareDecision::Outcome::Alternative : ShareDecision::Outcome::Share;
    d.answers = answers;
    d.lawArticles = lawArticles(answers.ground);
    // Keep only what belongs to the decision: justifications and wording of the chosen fields.
    d.answers.justifications.clear();
    d.answers.texts.clear();
    if (alternative) {
        d.answers.fields.clear();
        d.answers.note.clear();
    } else {
        for (const QString& id : std::as_const(answers.fields)) {
            if (needsJustification(id))
                d.answers.justifications.insert(id, answers.justifications.value(id).simplified());
            if (isFreeText(id) && answers.texts.contains(id))
                d.answers.texts.insert(id, answers.texts.value(id));
        }
    }
    if (answers.ground != u"legitimate_interest") {
        d.answers.interestLegitimate.clear();
        d.answers.interestNecessary.clear();
        d.answers.interestOutweighs.clear();
    }
    return d;
}

ShareDecision Checklist::standingDecision(const Agreement& agreement, Role ownRole, const QString& decidedBy,
                                          const QDateTime& now)
{
    ShareDecision d;
    d.kind = ShareDecision::Kind::Standing;
    d.agreementId = agreement.id();
    d.agreementVersion = agreement.version();
    d.decidedBy = decidedBy;
    d.decidedAt = now.toUTC();
    d.outcome = ShareDecision::Outcome::Share;
    d.answers.informed = false;
    d.answers.notInformedReason
        = tr("The quarterly exchange covers every thuiszitter on the lists; the parties inform young people and "
             "parents about it in general (privacy statement), not case by case.");
    d.answers.ground = agreement.defaultGround();
    d.answers.purposeId = agreement.quarterlyPurpose();
    d.answers.subsidiarityReason = agreement.quarterlySubsidiarity();
    for (const AgreementCategory& c : agreement.categories()) {
        QStringList ids;
        for (const AgreementField& f : agreement.fieldsFor(c.code))
            ids << f.id;
        d.fieldsByCategory.insert(c.code, ids);
    }
    if (d.answers.ground == u"public_task" || d.answers.ground == u"legal_obligation")
        d.lawArticles = agreement.lawArticles(RoleText::code(ownRole));
    d.areaRule = agreement.area().rule();
    return d;
}

} // namespace inbeeld
