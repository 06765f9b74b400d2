#include "ui/compare/ComparisonDetailPane.h"

#include "core/lifecycle/Closures.h"
#include "core/matching/ChildNotes.h"
#include "core/matching/ComparisonService.h"
#include "core/matching/MatchDecisions.h"
#include "core/reporting/InspectieRegistration.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/compare/OutcomeStyle.h"
#include "ui/lifecycle/ChildCaseActions.h"
#include "ui/lifecycle/CloseCaseDialog.h"

#include <QEvent>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace inbeeld {

namespace {

const QString Vrijstelling = QStringLiteral("vrijstelling_5a");

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

struct FieldRow
{
    QString label;
    QString fieldId; // agreement field whose reason applies; empty: always shown
    std::function<QString(const CaseRecord&)> value;
    std::optional<ComparedField> compared;
};

QList<FieldRow> fieldRows()
{
    using R = const CaseRecord&;
    return {
        {ComparisonDetailPane::tr("BSN"), QStringLiteral("bsn"), [](R r) { return r.bsn; }, {}},
        {ComparisonDetailPane::tr("Onderwijsnummer"), QStringLiteral("bsn"), [](R r) { return r.onderwijsnummer; }, {}},
        {ComparisonDetailPane::tr("Name"), QStringLiteral("naw"), [](R r) { return r.displayName(); }, {}},
        {ComparisonDetailPane::tr("Address"),
         QStringLiteral("naw"),
         [](R r) {
             const QString street = (r.street + u' ' + r.houseNumber).trimmed();
             return r.postcode.isEmpty() ? street : street + QStringLiteral(", ") + r.postcode;
         },
         {}},
        {ComparisonDetailPane::tr("Place"), QStringLiteral("naw"), [](R r) { return r.place; }, {}},
        {ComparisonDetailPane::tr("Date of birth"),
         QStringLiteral("birth_date"),
         [](R r) { return dateText(r.birthDate); },
         {}},
        {ComparisonDetailPane::tr("Last known school"), QStringLiteral("last_school"), [](R r) { return r.lastSchool; },
         ComparedField::School},
        {ComparisonDetailPane::tr("Start of absence"), QStringLiteral("absence_start"),
         [](R r) { return dateText(r.absenceStart); }, ComparedField::StartDate},
        {ComparisonDetailPane::tr("Reason for absence"),
         QStringLiteral("absence_reason"),
         [](R r) { return r.absenceReason; },
         {}},
        {ComparisonDetailPane::tr("Date exemption granted"), QStringLiteral("exemption_date"),
         [](R r) { return dateText(r.exemptionDate); }, ComparedField::StartDate},
        {ComparisonDetailPane::tr("Duration of exemption"),
         QStringLiteral("exemption_duration"),
         [](R r) { return r.exemptionDuration; },
         {}},
        {ComparisonDetailPane::tr("Involvement RBL / SWV"),
         QStringLiteral("involvement"),
         [](R r) { return r.involvement; },
         {}},
    };
}

} // namespace

ComparisonDetailPane::ComparisonDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_outcomeLabel(new QLabel(this))
    , m_explanationLabel(new QLabel(this))
    , m_fields(new QTextBrowser(this))
    , m_confirmButton(new QPushButton(tr("&Yes, same child"), this))
    , m_rejectButton(new QPushButton(tr("&No, different children"), this))
    , m_withdrawButton(new QPushButton(tr("&Withdraw decision"), this))
    , m_shareButton(new QPushButton(tr("&Share with the partner…"), this))
    , m_registerButton(new QPushButton(tr("Add to the &Inspectie registration…"), this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_saveNoteButton(new QPushButton(tr("Sa&ve note"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("comparisonDetailPane"));
    m_closeCaseButton = new QPushButton(tr("C&lose case…"), this);
    m_reopenCaseButton = new QPushButton(tr("Re&open case"), this);
    m_closeCaseButton->setObjectName(QStringLiteral("closeCaseButton"));
    m_reopenCaseButton->setObjectName(QStringLiteral("reopenCaseButton"));
    m_childActions = new ChildCaseActions(this);
    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("childActionsButton"));
    m_moreButton->setText(tr("&More…"));
    m_moreButton->setToolTip(tr("Restrict processing, legal hold, correct a field, access export"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setMenu(new QMenu(m_moreButton));
    m_moreButton->menu()->setObjectName(QStringLiteral("detailChildActionsMenu"));
    connect(m_moreButton->menu(), &QMenu::aboutToShow, this, [this] {
        m_childActions->setChild(m_store, m_noteKey, m_comparison && m_item && m_comparison->ours(*m_item));
        m_childActions->fillMenu(m_moreButton->menu());
    });
    connect(m_childActions, &ChildCaseActions::changed, this, &ComparisonDetailPane::decisionChanged);
    connect(m_childActions, &ChildCaseActions::notice, this, &ComparisonDetailPane::notice);
    connect(m_childActions, &ChildCaseActions::failed, this, [this](const QString& m) { showStatus(m, true); });
    m_closeCaseButton->setToolTip(tr("Processing about this child ends: back in school, startkwalificatie, moved out "
                                     "of the region or deceased."));
    m_titleLabel->setObjectName(QStringLiteral("detailTitleLabel"));
    m_outcomeLabel->setObjectName(QStringLiteral("detailOutcomeLabel"));
    m_explanationLabel->setObjectName(QStringLiteral("detailExplanationLabel"));
    m_fields->setObjectName(QStringLiteral("detailFieldsView"));
    m_confirmButton->setObjectName(QStringLiteral("confirmMatchButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectMatchButton"));
    m_withdrawButton->setObjectName(QStringLiteral("withdrawDecisionButton"));
    m_shareButton->setObjectName(QStringLiteral("shareCaseButton"));
    m_registerButton->setObjectName(QStringLiteral("addToRegistrationButton"));
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_saveNoteButton->setObjectName(QStringLiteral("saveNoteButton"));
    m_statusLabel->setObjectName(QStringLiteral("detailStatusLabel"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextFormat(Qt::PlainText);
    LabelStyle::asNotice(m_explanationLabel);
    m_explanationLabel->setTextFormat(Qt::PlainText);

    m_fields->setOpenLinks(false);
    m_fields->setFrameShape(QFrame::StyledPanel);
    m_fields->setMinimumHeight(120);
    m_fields->setAccessibleName(tr("Both records field by field"));

    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_confirmButton);
    decisionRow->addWidget(m_rejectButton);
    decisionRow->addWidget(m_withdrawButton);
    decisionRow->addStretch();
    decisionRow->addWidget(m_closeCaseButton);
    decisionRow->addWidget(m_reopenCaseButton);
    decisionRow->addWidget(m_moreButton);
    decisionRow->addWidget(m_shareButton);
    decisionRow->addWidget(m_registerButton);
    m_registerButton->setToolTip(
        tr("Only the partner lists this child. When you have confirmed that it is a thuiszitter, count it in your "
           "quarterly registration for the Inspectie (anonymously)."));
    m_shareButton->setToolTip(
        tr("Share this child's data with the partner for a case discussion. InBeeld first walks you through the "
           "four-step check (grondslag, doel, proportionaliteit, subsidiariteit) and records your weighing."));
    m_confirmButton->setToolTip(tr("The two records are the same child. InBeeld remembers this for later lists."));
    m_rejectButton->setToolTip(
        tr("The two records are different children (for example the same name and date of birth). InBeeld "
           "remembers this for later lists."));
    m_withdrawButton->setToolTip(tr("Forget your decision about this pair, so it is a probable match again."));

    auto* notesBox = new QGroupBox(tr("Notes about this child"), this);
    auto* noteLayout = new QVBoxLayout(notesBox);
    m_noteEdit->setPlaceholderText(
        tr("Your notes, for example what you agreed with the partner. Write in general terms, no diagnoses."));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setAccessibleName(tr("Notes about this child"));
    m_noteEdit->installEventFilter(this);
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 5 + 12);
    auto* noteButtons = new QHBoxLayout;
    noteButtons->addWidget(m_statusLabel, 1);
    noteButtons->addWidget(m_saveNoteButton);
    noteLayout->addWidget(m_noteEdit);
    noteLayout->addLayout(noteButtons);
    LabelStyle::asHint(m_statusLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_fields, 1);
    layout->addLayout(decisionRow);
    layout->addWidget(notesBox);

    connect(m_confirmButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_withdrawButton, &QPushButton::clicked, this, &ComparisonDetailPane::withdraw);
    connect(m_shareButton, &QPushButton::clicked, this, [this] {
        if (!m_item || !m_comparison || !m_comparison->ours(*m_item))
            return;
        const qint64 snapshotId = m_comparison->oursSnapshot ? m_comparison->oursSnapshot->id : 0;
        emit shareRequested(*m_comparison->ours(*m_item), snapshotId);
    });
    connect(m_registerButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(
            this, tr("Add to the Inspectie registration"),
            tr("How did you confirm this child? (kept with the registration, never exported; no names or "
               "diagnoses)"),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            addToRegistration(note);
    });
    connect(m_saveNoteButton, &QPushButton::clicked, this, &ComparisonDetailPane::saveNoteIfChanged);
    connect(m_closeCaseButton, &QPushButton::clicked, this, &ComparisonDetailPane::closeCase);
    connect(m_reopenCaseButton, &QPushButton::clicked, this, &ComparisonDetailPane::reopenCase);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &ComparisonDetailPane::updateButtons);
    clear();
}

void ComparisonDetailPane::setContext(Store* store, std::optional<Agreement> agreement)
{
    m_store = store;
    m_agreement = std::move(agreement);
    m_lastViewed.clear();
    clear();
}

void ComparisonDetailPane::clear()
{
    m_comparison.reset();
    m_item.reset();
    m_noteKey.clear();
    m_savedNote.clear();
    m_titleLabel->setText(tr("Select a child in the table to see both records."));
    m_outcomeLabel->clear();
    LabelStyle::setTextOrHide(m_explanationLabel, QString());
    m_fields->clear();
    {
        const QSignalBlocker block(m_noteEdit);
        m_noteEdit->clear();
    }
    LabelStyle::setTextOrHide(m_statusLabel, QString());
    updateButtons();
}

QString ComparisonDetailPane::shownChild() const
{
    return m_noteKey;
}

bool ComparisonDetailPane::showItem(std::shared_ptr<const Comparison> comparison, const ComparisonItem* item)
{
    if (!saveNoteIfChanged())
        return false;
    if (!comparison || !item) {
        clear();
        return true;
    }
    m_comparison = std::move(comparison);
    m_item = *item;
    m_noteKey = m_comparison->noteKey(*item);
    const CaseRecord* ours = m_comparison->ours(*item);
    const CaseRecord* theirs = m_comparison->theirs(*item);
    m_titleLabel->setText((ours ? ours : theirs)->displayName());

    QString outcome = Comparison::outcomeName(item->outcome) + u'.';
    if (item->outcome == ComparisonOutcome::Probable)
        outcome += u' '
            + tr("Name and date of birth agree for %1%; one list has no BSN. Check the records and "
                 "decide whether this is the same child.")
                  .arg(qRound(item->score * 100));
    else if (item->basis == MatchBasis::Confirmed)
        outcome += u' ' + tr("(you confirmed this pair; name score %1%)").arg(qRound(item->score * 100));
    else if (item->rejected())
        outcome += u' ' + tr("(you rejected a probable match with a record on the other list)");
    const QList<FieldDifference> differences = m_comparison->differences(*item);
    if (!differences.isEmpty()) {
        QStringList names;
        for (const FieldDifference& d : differences)
            names << Comparison::fieldName(d.field);
        outcome += u' ' + tr("Differs in: %1 (marked ≠ below).").arg(names.join(QStringLiteral(", ")));
    }
    if (const QString mark = closureMark(); !mark.isEmpty())
        outcome = mark + QStringLiteral(". ") + outcome;
    m_outcomeLabel->setText(outcome);
    LabelStyle::setTextOrHide(m_explanationLabel, m_comparison->explanation(*item));
    fillFields();
    showStatus(QString(), false);
    loadNote();
    updateButtons();

    // Who looked at which child, and when: once per child shown, never the data itself.
    const QString reference = m_comparison->auditReference(*item);
    if (m_store && reference != m_lastViewed) {
        m_lastViewed = reference;
        const Result<void> audited = ComparisonService::recordViewed(*m_store, *m_comparison, *item);
        if (!audited)
            showStatus(audited.message(), true);
    }
    return true;
}

void ComparisonDetailPane::fillFields()
{
    const CaseRecord* ours = m_comparison->ours(*m_item);
    const CaseRecord* theirs = m_comparison->theirs(*m_item);
    const QString oursCategory = ours ? ours->category : QString();
    const QString theirsCategory = theirs ? theirs->category : QString();
    const auto allowed = [&](const QString& fieldId) {
        if (!m_agreement)
            return true;
        return (!oursCategory.isEmpty() && m_agreement->allows(oursCategory, fieldId))
            || (!theirsCategory.isEmpty() && m_agreement->allows(theirsCategory, fieldId));
    };
    const auto reason = [&](const QString& fieldId) {
        const AgreementField* field = m_agreement ? m_agreement->field(fieldId) : nullptr;
        return field ? field->reason : QString();
    };
    const auto categoryName = [&](const QString& code) {
        const AgreementCategory* c = m_agreement ? m_agreement->category(code) : nullptr;
        return c ? c->name : code;
    };

    struct Line
    {
        QString label, ours, theirs, reason;
        bool differs = false;
    };
    QList<Line> lines;
    lines.append({tr("Category"), ours ? categoryName(oursCategory) : QString(),
                  theirs ? categoryName(theirsCategory) : QString(),
                  tr("Decides which fields the agreement allows to share."),
                  m_item->differsIn(ComparedField::Category)});
    for (const FieldRow& row : fieldRows()) {
        if (!allowed(row.fieldId))
            continue;
        const QString a = ours ? row.value(*ours) : QString();
        const QString b = theirs ? row.value(*theirs) : QString();
        if (row.fieldId == u"bsn" && row.label != tr("BSN") && a.isEmpty() && b.isEmpty())
            continue; // no onderwijsnummer on either side
        bool differs = row.compared && m_item->differsIn(*row.compared);
        // The start date shown as different is the one of the record's own category.
        if (differs && row.compared == ComparedField::StartDate)
            differs = (row.fieldId == u"exemption_date") == (oursCategory == Vrijstelling);
        if (row.label == tr("Name") && ours && theirs
            && (m_item->basis == MatchBasis::Name || m_item->basis == MatchBasis::Confirmed))
            differs = a.compare(b, Qt::CaseInsensitive) != 0;
        lines.append({row.label, a, b, reason(row.fieldId), differs});
    }

    // A rich-text table: it wraps the reasons and scrolls as one, and a screen reader reads it
    // row by row. Differing values are tinted, bold and marked with "≠".
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString tint = OutcomeStyle::differingCell().name();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(tr("Field"), tr("Our list"), tr("Their list"));
    const auto valueCell = [&](const Line& line, const QString& value, bool present, bool oursSide) {
        if (!present)
            return QStringLiteral("<td style=\"color:%1\"><i>%2</i></td>")
                .arg(muted, oursSide ? tr("not on our list") : tr("not on their list"));
        const QString text = value.isEmpty() ? QStringLiteral("–") : value.toHtmlEscaped();
        if (line.differs)
            return QStringLiteral("<td bgcolor=\"%1\" style=\"color:#000000\"><b>≠ %2</b></td>").arg(tint, text);
        return QStringLiteral("<td>%1</td>").arg(text);
    };
    for (const Line& line : std::as_const(lines)) {
        html += QStringLiteral("<tr><td><b>%1</b>").arg(line.label.toHtmlEscaped());
        if (!line.reason.isEmpty())
            html += QStringLiteral("<br><small style=\"color:%1\">%2</small>")
                        .arg(muted, tr("Shared because: %1").arg(line.reason).toHtmlEscaped());
        html += QStringLiteral("</td>") + valueCell(line, line.ours, ours != nullptr, true)
            + valueCell(line, line.theirs, theirs != nullptr, false) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    m_fields->setHtml(html);
}

void ComparisonDetailPane::updateButtons()
{
    const bool shown = m_item.has_value() && m_store;
    const bool probable = shown && m_item->outcome == ComparisonOutcome::Probable;
    const bool decided = shown && (m_item->basis == MatchBasis::Confirmed || m_item->rejected());
    m_confirmButton->setVisible(probable);
    m_rejectButton->setVisible(probable);
    m_confirmButton->setEnabled(probable);
    m_rejectButton->setEnabled(probable);
    m_withdrawButton->setVisible(decided);
    // Only our own record can be shared: what the partner sent is theirs to share.
    m_shareButton->setVisible(shown && m_comparison && m_comparison->ours(*m_item) != nullptr);
    m_registerButton->setVisible(shown && m_comparison && m_item->outcome == ComparisonOutcome::OnlyTheirs);
    const bool canNote = shown && !m_noteKey.isEmpty();
    m_noteEdit->setEnabled(canNote);
    m_saveNoteButton->setEnabled(canNote && noteChanged());
    const bool closed = canNote && !closureMark().isEmpty();
    m_closeCaseButton->setVisible(canNote && !closed);
    m_reopenCaseButton->setVisible(closed);
    m_moreButton->setVisible(canNote);
}

QString ComparisonDetailPane::closureMark() const
{
    if (!m_store || !m_item || !m_comparison)
        return {};
    auto closures = Closures(*m_store).all();
    return closures ? Closures::comparisonMark(*m_comparison, *m_item, closures.value()) : QString();
}

void ComparisonDetailPane::closeCase()
{
    if (!m_store || !m_item || m_noteKey.isEmpty())
        return;
    CloseCaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto closed = Closures(*m_store).close(m_noteKey, dialog.reason(), dialog.date(), dialog.note());
    if (!closed) {
        showStatus(closed.message(), true);
        return;
    }
    emit notice(tr("Case closed: %1.").arg(Closures::reasonName(dialog.reason())));
    emit decisionChanged(m_noteKey);
}

void ComparisonDetailPane::reopenCase()
{
    if (!m_store || !m_item || !m_comparison)
        return;
    auto closures = Closures(*m_store).all();
    const QString key = closures ? Closures::closedKey(*m_comparison, *m_item, closures.value()) : QString();
    if (key.isEmpty())
        return;
    if (auto reopened = Closures(*m_store).reopen(key); !reopened) {
        showStatus(reopened.message(), true);
        return;
    }
    emit notice(tr("Case reopened."));
    emit decisionChanged(m_noteKey);
}

bool ComparisonDetailPane::addToRegistration(const QString& note)
{
    if (!m_store || !m_item || !m_comparison || m_item->outcome != ComparisonOutcome::OnlyTheirs
        || !m_comparison->theirs(*m_item))
        return false;
    const QDate on = m_comparison->theirsSnapshot ? m_comparison->theirsSnapshot->peildatum : QDate::currentDate();
    auto added = InspectieRegistration(*m_store).addPartnerChild(*m_comparison->theirs(*m_item), on, note);
    if (!added) {
        showStatus(added.message(), true);
        return false;
    }
    showStatus(tr("Counted in the Inspectie registration of school year %1 as %2.")
                   .arg(Quarter::schoolYearText(Quarter::schoolYearOf(on)), added.value()),
               false);
    emit notice(tr("Child added to the Inspectie registration."));
    return true;
}

void ComparisonDetailPane::decide(bool confirmed)
{
    if (!m_store || !m_item || !m_comparison)
        return;
    const Result<void> stored = MatchDecisions::decide(*m_store, *m_comparison, *m_item, confirmed);
    if (!stored) {
        showStatus(stored.message(), true);
        return;
    }
    emit notice(confirmed ? tr("Confirmed as the same child. The comparison is updated.")
                          : tr("Rejected: these are different children. The comparison is updated."));
    emit decisionChanged(m_noteKey);
}

void ComparisonDetailPane::withdraw()
{
    if (!m_store || !m_item || !m_comparison)
        return;
    // Confirmed pairs and rejected one-sided items alike: the comparison knows both keys.
    const Result<void> withdrawn = MatchDecisions::withdraw(*m_store, *m_comparison, *m_item);
    if (!withdrawn) {
        showStatus(withdrawn.message(), true);
        return;
    }
    emit notice(tr("Your decision was withdrawn; the pair is a probable match again."));
    emit decisionChanged(m_noteKey);
}

void ComparisonDetailPane::loadNote()
{
    m_savedNote.clear();
    QString text;
    if (m_store && !m_noteKey.isEmpty()) {
        const Result<ChildNote> note = ChildNotes::get(*m_store, m_noteKey);
        if (note) {
            text = note.value().text;
            if (note.value().updatedAt.isValid())
                LabelStyle::setTextOrHide(
                    m_statusLabel,
                    tr("Last saved %1 by %2.")
                        .arg(QLocale().toString(note.value().updatedAt.toLocalTime(), QLocale::ShortFormat),
                             note.value().updatedBy));
        } else {
            showStatus(note.message(), true);
        }
    }
    m_savedNote = text;
    const QSignalBlocker block(m_noteEdit);
    m_noteEdit->setPlainText(text);
}

bool ComparisonDetailPane::noteChanged() const
{
    return m_item && !m_noteKey.isEmpty() && m_noteEdit->toPlainText().trimmed() != m_savedNote.trimmed();
}

bool ComparisonDetailPane::saveNoteIfChanged()
{
    if (!noteChanged())
        return true;
    if (!m_store || !m_comparison) {
        return false;
    }
    const QString text = m_noteEdit->toPlainText();
    const Result<void> saved = ChildNotes::save(*m_store, m_noteKey, text, m_comparison->auditReference(*m_item));
    if (!saved) {
        showStatus(saved.message(), true);
        return false;
    }
    m_savedNote = text.trimmed();
    showStatus(tr("Note saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    updateButtons();
    return true;
}

void ComparisonDetailPane::showStatus(const QString& text, bool error)
{
    if (error) {
        m_statusLabel->setForegroundRole(QPalette::WindowText);
        LabelStyle::asError(m_statusLabel);
    } else
        LabelStyle::asHint(m_statusLabel);
    LabelStyle::setTextOrHide(m_statusLabel, text);
}

bool ComparisonDetailPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_noteEdit && event->type() == QEvent::FocusOut)
        saveNoteIfChanged();
    return QWidget::eventFilter(watched, event);
}

void ComparisonDetailPane::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit backToTableRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace inbeeld
