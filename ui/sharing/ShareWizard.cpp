#include "ui/sharing/ShareWizard.h"

#include "core/audit/AuditLog.h"
#include "core/sharing/DecisionStore.h"
#include "core/storage/Store.h"
#include "ui/common/AppIcon.h"
#include "ui/common/LabelStyle.h"
#include "ui/sharing/ShareStepPage.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace inbeeld {

namespace {

Agreement agreementFor(const Store& store)
{
    if (auto a = AgreementCatalog::builtIn(store.organisation().agreementId); a)
        return a.value();
    return AgreementCatalog::builtIn().value(0);
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

ShareWizard::ShareWizard(Store& store, const CaseRecord& child, qint64 snapshotId, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_agreement(agreementFor(store))
    , m_child(child)
    , m_snapshotId(snapshotId)
{
    setObjectName(QStringLiteral("shareWizard"));
    setWindowTitle(tr("Share information about a child"));
    setWindowIcon(AppIcon::icon());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setMinimumSize(780, 600);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Record decision"));

    m_answers = checklist().proposal();
    buildTalkPage();
    buildGroundPage();
    buildPurposePage();
    buildFieldsPage();
    buildSubsidiarityPage();
    buildSummaryPage();
    m_building = false;
    collect();
}

Checklist ShareWizard::checklist() const
{
    const QString recipient = m_recipientCombo ? m_recipientCombo->currentData().toString() : QString();
    return Checklist(m_agreement, m_child, m_snapshotId, recipient, m_store.organisation().role);
}

QStringList ShareWizard::messages(ChecklistStep step, bool problems) const
{
    const Checklist c = checklist();
    QStringList list;
    const auto issues
        = problems ? c.problems(step, m_answers) : c.warnings(step, m_answers, QDateTime::currentDateTimeUtc());
    for (const ChecklistIssue& issue : issues)
        list << issue.message;
    return list;
}

ShareStepPage* ShareWizard::makePage(ChecklistStep step, const QString& title, const QString& subTitle)
{
    auto* page = new ShareStepPage(title, subTitle, this);
    page->setChecks([this, step] { return messages(step, true); }, [this, step] { return messages(step, false); });
    setPage(int(step), page);
    m_pages << page;
    return page;
}

void ShareWizard::buildTalkPage()
{
    const AgreementCategory* category = m_agreement.category(m_child.category);
    ShareStepPage* page = makePage(
        ChecklistStep::Talk, tr("Talk with, not about"),
        tr("Before sharing about %1 (%2, born %3): can you talk with the young person or the parents instead, "
           "and have you told them that you share and why?")
            .arg(m_child.displayName(), category ? category->name : m_child.category,
                 m_child.birthDate.toString(QStringLiteral("d-M-yyyy"))));
    page->setObjectName(QStringLiteral("talkPage"));
    auto* form = new QFormLayout;
    m_recipientCombo = new QComboBox(page);
    m_recipientCombo->setObjectName(QStringLiteral("recipientCombo"));
    // The parties of the other role first: an RBL usually shares with an SWV and the other way round.
    const QString ownRole = RoleText::code(m_store.organisation().role);
    for (const bool otherRole : {true, false}) {
        for (const AgreementParty& p : m_agreement.parties()) {
            if ((p.role != ownRole) == otherRole && p.name != m_store.organisation().name)
                m_recipientCombo->addItem(p.name, p.id);
        }
    }
    auto* recipientLabel = new QLabel(tr("&Share with:"), page);
    recipientLabel->setBuddy(m_recipientCombo);
    form->addRow(recipientLabel, m_recipientCombo);

    m_informedYes = new QRadioButton(tr("&Yes, they were informed or consulted"), page);
    m_informedYes->setObjectName(QStringLiteral("informedYes"));
    m_informedNo = new QRadioButton(tr("N&o, they were not informed"), page);
    m_informedNo->setObjectName(QStringLiteral("informedNo"));
    m_informedYes->setChecked(true);
    form->addRow(tr("Informed:"), m_informedYes);
    form->addRow(QString(), m_informedNo);
    m_informedWhoCombo = new QComboBox(page);
    m_informedWhoCombo->setObjectName(QStringLiteral("informedWhoCombo"));
    m_informedWhoCombo->addItem(tr("The parents"), QStringLiteral("parents"));
    m_informedWhoCombo->addItem(tr("The young person"), QStringLiteral("young_person"));
    m_informedWhoCombo->addItem(tr("The young person and the parents"), QStringLiteral("both"));
    auto* whoLabel = new QLabel(tr("&Who:"), page);
    whoLabel->setBuddy(m_informedWhoCombo);
    form->addRow(whoLabel, m_informedWhoCombo);
    m_informedNoteEdit = new QLineEdit(page);
    m_informedNoteEdit->setObjectName(QStringLiteral("informedNoteEdit"));
    m_informedNoteEdit->setPlaceholderText(tr("Optional: how and when"));
    auto* noteLabel = new QLabel(tr("&How:"), page);
    noteLabel->setBuddy(m_informedNoteEdit);
    form->addRow(noteLabel, m_informedNoteEdit);
    m_notInformedReasonEdit = new QLineEdit(page);
    m_notInformedReasonEdit->setObjectName(QStringLiteral("notInformedReasonEdit"));
    m_notInformedReasonEdit->setPlaceholderText(tr("For example: informing them would put the child at risk"));
    auto* reasonLabel = new QLabel(tr("&Why not:"), page);
    reasonLabel->setBuddy(m_notInformedReasonEdit);
    form->addRow(reasonLabel, m_notInformedReasonEdit);
    page->body()->addLayout(form);

    connect(m_recipientCombo, &QComboBox::currentIndexChanged, this, &ShareWizard::collect);
    connect(m_informedYes, &QRadioButton::toggled, this, &ShareWizard::collect);
    connect(m_informedWhoCombo, &QComboBox::currentIndexChanged, this, &ShareWizard::collect);
    connect(m_informedNoteEdit, &QLineEdit::textChanged, this, &ShareWizard::collect);
    connect(m_notInformedReasonEdit, &QLineEdit::textChanged, this, &ShareWizard::collect);
}

void ShareWizard::buildGroundPage()
{
    ShareStepPage* page = makePage(ChecklistStep::Ground, tr("Step 1: legal ground"),
                                   tr("Sharing needs one of the six legal grounds of the GDPR. The agreement rests on "
                                      "a task of public interest."));
    page->setObjectName(QStringLiteral("groundPage"));
    auto* form = new QFormLayout;
    m_groundCombo = new QComboBox(page);
    m_groundCombo->setObjectName(QStringLiteral("groundCombo"));
    for (const LegalGround& g : m_agreement.legalGrounds())
        m_groundCombo->addItem(QStringLiteral("%1 (%2)").arg(g.name, g.article), g.id);
    m_groundCombo->setCurrentIndex(m_groundCombo->findData(m_answers.ground));
    auto* groundLabel = new QLabel(tr("&Ground:"), page);
    groundLabel->setBuddy(m_groundCombo);
    form->addRow(groundLabel, m_groundCombo);
    m_groundExplanation = wrapped(QString(), page);
    m_groundExplanation->setObjectName(QStringLiteral("groundExplanation"));
    form->addRow(QString(), m_groundExplanation);
    const QString questions[3] = {tr("Is the &interest legitimate?"), tr("Is sharing &necessary for it?"),
                                  tr("Does it &outweigh the young person's interests?")};
    const char* names[3] = {"interestLegitimateEdit", "interestNecessaryEdit", "interestOutweighsEdit"};
    for (int i = 0; i < 3; ++i) {
        m_interestEdits[i] = new QLineEdit(page);
        m_interestEdits[i]->setObjectName(QString::fromLatin1(names[i]));
        auto* label = new QLabel(questions[i], page);
        label->setBuddy(m_interestEdits[i]);
        form->addRow(label, m_interestEdits[i]);
        connect(m_interestEdits[i], &QLineEdit::textChanged, this, &ShareWizard::collect);
    }
    page->body()->addLayout(form);
    connect(m_groundCombo, &QComboBox::currentIndexChanged, this, &ShareWizard::collect);
}

void ShareWizard::buildPurposePage()
{
    ShareStepPage* page
        = makePage(ChecklistStep::Purpose, tr("Step 2: purpose"),
                   tr("What do you want to achieve by sharing? Data collected for one purpose may not simply be used "
                      "for another."));
    page->setObjectName(QStringLiteral("purposePage"));
    auto* form = new QFormLayout;
    m_purposeCombo = new QComboBox(page);
    m_purposeCombo->setObjectName(QStringLiteral("purposeCombo"));
    m_purposeCombo->addItem(tr("(choose a purpose)"), QString());
    for (const Purpose& p : m_agreement.purposes())
        m_purposeCombo->addItem(p.description, p.id);
    m_purposeCombo->addItem(tr("Another purpose, outside the agreement…"), QStringLiteral("*"));
    auto* purposeLabel = new QLabel(tr("&Purpose:"), page);
    purposeLabel->setBuddy(m_purposeCombo);
    form->addRow(purposeLabel, m_purposeCombo);
    m_purposeTextEdit = new QLineEdit(page);
    m_purposeTextEdit->setObjectName(QStringLiteral("purposeTextEdit"));
    auto* textLabel = new QLabel(tr("&Own purpose:"), page);
    textLabel->setBuddy(m_purposeTextEdit);
    form->addRow(textLabel, m_purposeTextEdit);
    m_outsideCheck
        = new QCheckBox(tr("I checked that another basis covers this purpose (the &agreement does not)"), page);
    m_outsideCheck->setObjectName(QStringLiteral("outsideAgreementCheck"));
    form->addRow(QString(), m_outsideCheck);
    page->body()->addLayout(form);
    connect(m_purposeCombo, &QComboBox::currentIndexChanged, this, &ShareWizard::collect);
    connect(m_purposeTextEdit, &QLineEdit::textChanged, this, &ShareWizard::collect);
    connect(m_outsideCheck, &QCheckBox::toggled, this, &ShareWizard::collect);
}

void ShareWizard::buildFieldsPage()
{
    ShareStepPage* page = makePage(
        ChecklistStep::Fields, tr("Step 3: proportionality"),
        tr("Share only what the recipient really needs: \"handy to have\" is not \"necessary\". Only the fields the "
           "agreement allows for this child's category are listed; every field beyond the minimum needs a reason."));
    page->setObjectName(QStringLiteral("fieldsPage"));
    auto* inner = new QWidget;
    auto* grid = new QGridLayout(inner);
    const Checklist c = checklist();
    int row = 0;
    for (const AgreementField& f : c.selectableFields()) {
        auto* check = new QCheckBox(f.name, inner);
        check->setObjectName(QStringLiteral("field_") + f.id);
        check->setChecked(m_answers.fields.contains(f.id));
        auto* reason = wrapped(f.reason, inner);
        LabelStyle::asHint(reason);
        reason->setVisible(true);
        grid->addWidget(check, row, 0);
        grid->addWidget(reason, row, 1);
        m_fieldChecks.insert(f.id, check);
        connect(check, &QCheckBox::toggled, this, &ShareWizard::collect);
        ++row;
        if (f.freeText) {
            auto* text = new QLineEdit(Checklist::recordValue(m_child, f.id), inner);
            text->setObjectName(QStringLiteral("text_") + f.id);
            text->setToolTip(tr("The wording that will be shared; write it in general terms."));
            grid->addWidget(new QLabel(tr("Wording:"), inner), row, 0, Qt::AlignRight);
            grid->addWidget(text, row++, 1);
            m_textEdits.insert(f.id, text);
            connect(text, &QLineEdit::textChanged, this, &ShareWizard::collect);
        }
        if (c.needsJustification(f.id)) {
            auto* why = new QLineEdit(inner);
            why->setObjectName(QStringLiteral("justification_") + f.id);
            why->setPlaceholderText(tr("Why does the recipient need this?"));
            grid->addWidget(new QLabel(tr("Why needed:"), inner), row, 0, Qt::AlignRight);
            grid->addWidget(why, row++, 1);
            m_justificationEdits.insert(f.id, why);
            connect(why, &QLineEdit::textChanged, this, &ShareWizard::collect);
        }
    }
    m_noteEdit = new QLineEdit(inner);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Optional message for the recipient"));
    auto* noteLabel = new QLabel(tr("N&ote:"), inner);
    noteLabel->setBuddy(m_noteEdit);
    grid->addWidget(noteLabel, row, 0, Qt::AlignRight);
    grid->addWidget(m_noteEdit, row, 1);
    grid->setColumnStretch(1, 1);
    connect(m_noteEdit, &QLineEdit::textChanged, this, &ShareWizard::collect);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    page->body()->addWidget(scroll);
}

void ShareWizard::buildSubsidiarityPage()
{
    ShareStepPage* page = makePage(ChecklistStep::Subsidiarity, tr("Step 4: subsidiarity"),
                                   tr("Could the purpose be reached in a less intrusive way? If so, use that way: "
                                      "nothing is shared and the choice is recorded."));
    page->setObjectName(QStringLiteral("subsidiarityPage"));
    m_alternativeGroup = new QButtonGroup(page);
    auto* none = new QRadioButton(tr("&No: sharing the data is needed"), page);
    none->setObjectName(QStringLiteral("alternative_none"));
    none->setChecked(true);
    m_alternativeGroup->addButton(none, 0);
    page->body()->addWidget(none);
    m_subsidiarityReasonEdit = new QLineEdit(page);
    m_subsidiarityReasonEdit->setObjectName(QStringLiteral("subsidiarityReasonEdit"));
    m_subsidiarityReasonEdit->setPlaceholderText(tr("Why the less intrusive ways below are not enough"));
    page->body()->addWidget(m_subsidiarityReasonEdit);
    int id = 1;
    for (const SubsidiarityAlternative& alt : Checklist::alternatives()) {
        auto* button = new QRadioButton(tr("Instead: %1").arg(alt.name), page);
        button->setObjectName(QStringLiteral("alternative_") + alt.id);
        button->setToolTip(alt.explanation);
        m_alternativeGroup->addButton(button, id++);
        m_alternativeIds << alt.id;
        page->body()->addWidget(button);
        auto* hint = wrapped(alt.explanation, page);
        LabelStyle::asHint(hint);
        hint->setVisible(true);
        page->body()->addWidget(hint);
    }
    connect(m_alternativeGroup, &QButtonGroup::idToggled, this, &ShareWizard::collect);
    connect(m_subsidiarityReasonEdit, &QLineEdit::textChanged, this, &ShareWizard::collect);
}

void ShareWizard::buildSummaryPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("summaryPage"));
    page->setTitle(tr("Summary"));
    page->setSubTitle(tr("Check the decision. Recording it is logged in the audit log."));
    auto* layout = new QVBoxLayout(page);
    m_summaryLabel = wrapped(QString(), page);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summaryLabel);
    layout->addStretch(1);
    m_summaryError = new QLabel(page);
    m_summaryError->setObjectName(QStringLiteral("summaryError"));
    LabelStyle::asError(m_summaryError);
    layout->addWidget(m_summaryError);
    page->setFinalPage(true);
    setPage(SummaryPageId, page);
}

void ShareWizard::collect()
{
    if (m_building)
        return;
    ShareAnswers& a = m_answers;
    a.informed = m_informedYes->isChecked();
    a.informedWho = a.informed ? m_informedWhoCombo->currentData().toString() : QString();
    a.informedNote = a.informed ? m_informedNoteEdit->text().trimmed() : QString();
    a.notInformedReason = a.informed ? QString() : m_notInformedReasonEdit->text().trimmed();
    m_informedWhoCombo->setEnabled(a.informed);
    m_informedNoteEdit->setEnabled(a.informed);
    m_notInformedReasonEdit->setEnabled(!a.informed);

    a.ground = m_groundCombo->currentData().toString();
    const LegalGround* ground = m_agreement.legalGround(a.ground);
    QString explanation = ground ? ground->explanation : QString();
    if (const QStringList law = checklist().lawArticles(a.ground); !law.isEmpty())
        explanation += u'\n' + tr("Law: %1").arg(law.join(QStringLiteral("; ")));
    m_groundExplanation->setText(explanation);
    const bool legitimate = a.ground == u"legitimate_interest";
    QString* interest[3] = {&a.interestLegitimate, &a.interestNecessary, &a.interestOutweighs};
    for (int i = 0; i < 3; ++i) {
        m_interestEdits[i]->setEnabled(legitimate);
        *interest[i] = legitimate ? m_interestEdits[i]->text().trimmed() : QString();
    }

    const QString purpose = m_purposeCombo->currentData().toString();
    const bool own = purpose == u"*";
    a.purposeId = own ? QString() : purpose;
    a.purposeText = own ? m_purposeTextEdit->text().trimmed() : QString();
    a.outsideAgreementAcknowledged = own && m_outsideCheck->isChecked();
    m_purposeTextEdit->setEnabled(own);
    m_outsideCheck->setEnabled(own);

    a.fields.clear();
    a.justifications.clear();
    a.texts.clear();
    for (const AgreementField& f : checklist().selectableFields()) {
        const bool selected = m_fieldChecks.value(f.id)->isChecked();
        if (selected)
            a.fields << f.id;
        if (QLineEdit* why = m_justificationEdits.value(f.id)) {
            why->setEnabled(selected);
            if (selected)
                a.justifications.insert(f.id, why->text().trimmed());
        }
        if (QLineEdit* text = m_textEdits.value(f.id)) {
            text->setEnabled(selected);
            if (selected && text->text() != Checklist::recordValue(m_child, f.id))
                a.texts.insert(f.id, text->text().trimmed());
        }
    }
    a.note = m_noteEdit->text().trimmed();

    const int alternative = m_alternativeGroup->checkedId();
    a.alternative = alternative > 0 ? m_alternativeIds.value(alternative - 1) : QString();
    a.subsidiarityReason = alternative > 0 ? QString() : m_subsidiarityReasonEdit->text().trimmed();
    m_subsidiarityReasonEdit->setEnabled(alternative <= 0);

    for (ShareStepPage* page : std::as_const(m_pages))
        page->recheck();
}

QString ShareWizard::summaryText() const
{
    const ShareAnswers& a = m_answers;
    const AgreementParty* party = m_agreement.party(m_recipientCombo->currentData().toString());
    QStringList lines;
    const AgreementCategory* category = m_agreement.category(m_child.category);
    lines << tr("Child: %1, born %2 (%3)")
                 .arg(m_child.displayName(), m_child.birthDate.toString(QStringLiteral("d-M-yyyy")),
                      category ? category->name : m_child.category);
    lines << tr("Recipient: %1").arg(party ? party->name : QString());
    lines << tr("Decided by: %1, now; valid for %n day(s)", nullptr, m_agreement.decisionValidityDays())
                 .arg(AuditLog::currentActor());
    lines << (a.informed ? tr("Informed: yes (%1)").arg(m_informedWhoCombo->currentText())
                         : tr("Informed: no. Reason: %1").arg(a.notInformedReason));
    const LegalGround* ground = m_agreement.legalGround(a.ground);
    lines << tr("Ground: %1").arg(ground ? ground->name + QStringLiteral(" (") + ground->article + u')' : a.ground);
    const Purpose* purpose = m_agreement.purpose(a.purposeId);
    lines
        << tr("Purpose: %1").arg(purpose ? purpose->description : a.purposeText + u' ' + tr("(outside the agreement)"));
    if (Checklist::choosesAlternative(a)) {
        const auto all = Checklist::alternatives();
        for (const SubsidiarityAlternative& alt : all) {
            if (alt.id == a.alternative)
                lines << tr("Outcome: nothing is shared; instead: %1").arg(alt.name);
        }
    } else {
        const Checklist c = checklist();
        lines << tr("Outcome: share these fields:");
        for (const QString& id : a.fields) {
            const AgreementField* f = m_agreement.field(id);
            QString line = QStringLiteral("  • ") + (f ? f->name : id);
            if (c.isFreeText(id))
                line += QStringLiteral(": \"%1\"").arg(c.sharedValue(id, a));
            if (a.justifications.contains(id))
                line += u' ' + tr("(why: %1)").arg(a.justifications.value(id));
            lines << line;
        }
        if (!a.note.isEmpty())
            lines << tr("Note: %1").arg(a.note);
        lines << tr("Less intrusive ways are not enough because: %1").arg(a.subsidiarityReason);
    }
    return lines.join(u'\n');
}

void ShareWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == SummaryPageId) {
        m_summaryLabel->setText(summaryText());
        LabelStyle::setTextOrHide(m_summaryError, QString());
    }
}

bool ShareWizard::validateCurrentPage()
{
    if (currentId() != SummaryPageId)
        return QWizard::validateCurrentPage();
    if (m_recordedId > 0)
        return true;
    auto decision = checklist().decide(m_answers, AuditLog::currentActor(), QDateTime::currentDateTimeUtc());
    if (!decision) {
        LabelStyle::setTextOrHide(m_summaryError, decision.message());
        return false;
    }
    auto stored = DecisionStore(m_store).record(decision.takeValue());
    if (!stored) {
        LabelStyle::setTextOrHide(m_summaryError, stored.message());
        return false;
    }
    m_recordedId = stored.value().id;
    emit decisionRecorded(m_recordedId);
    return true;
}

} // namespace inbeeld
