#include "ui/lifecycle/RetentionRulesDialog.h"

#include "core/lifecycle/RetentionRules.h"
#include "ui/common/LabelStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace inbeeld {

RetentionRulesDialog::RetentionRulesDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("retentionRulesDialog"));
    setWindowTitle(tr("Retention rules"));
    m_statusLabel->setObjectName(QStringLiteral("retentionRulesStatusLabel"));
    m_statusLabel->setWordWrap(true);
    LabelStyle::asError(m_statusLabel);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("How long this organisation keeps each kind of data. A changed period needs its own "
                                "reason; every change is recorded in the audit log."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* note = new QLabel(this);
    note->setObjectName(QStringLiteral("retentionRulesNote"));
    if (auto text = RetentionRules(store).note(); text)
        note->setText(text.value());
    LabelStyle::asNotice(note);
    layout->addWidget(note);

    auto rules = RetentionRules(store).rules();
    if (!rules) {
        m_statusLabel->setText(rules.message());
    } else {
        for (const EffectiveRetentionRule& e : std::as_const(rules.value())) {
            Row row {e.rule.id, e.rule.months, e.rule.reason};
            auto* box = new QGroupBox(e.rule.name, this);
            auto* form = new QFormLayout(box);
            row.monthsEdit = new QSpinBox(box);
            row.monthsEdit->setObjectName(QStringLiteral("retentionMonths_") + e.rule.id);
            row.monthsEdit->setRange(0, 240);
            row.monthsEdit->setSuffix(tr(" months"));
            row.monthsEdit->setValue(e.rule.months);
            row.reasonEdit = new QLineEdit(e.rule.reason, box);
            row.reasonEdit->setObjectName(QStringLiteral("retentionReason_") + e.rule.id);
            row.reasonEdit->setCursorPosition(0); // the start of the reason, not its end
            row.reasonEdit->setToolTip(e.rule.reason);
            form->addRow(tr("&Period:"), row.monthsEdit);
            form->addRow(tr("&Reason:"), row.reasonEdit);
            auto* defaults = new QLabel(e.changed ? tr("Changed by this organisation; the agreement's default is %n "
                                                       "month(s).",
                                                       nullptr, e.defaultMonths)
                                                  : tr("The agreement's default."),
                                        box);
            LabelStyle::asHint(defaults);
            form->addRow(defaults);
            layout->addWidget(box);
            m_rows.append(row);
        }
    }
    layout->addWidget(m_statusLabel);
    LabelStyle::setTextOrHide(m_statusLabel, m_statusLabel->text());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("retentionRulesSaveButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, sizeHint().height());
}

bool RetentionRulesDialog::save()
{
    RetentionRules rules(m_store);
    int changed = 0;
    for (Row& row : m_rows) {
        const int months = row.monthsEdit->value();
        const QString reason = row.reasonEdit->text().trimmed();
        if (months == row.months && reason == row.reason)
            continue;
        if (auto set = rules.set(row.id, months, reason); !set) {
            LabelStyle::setTextOrHide(m_statusLabel, set.message());
            row.reasonEdit->setFocus(Qt::OtherFocusReason);
            return false;
        }
        row.months = months;
        row.reason = reason;
        ++changed;
    }
    LabelStyle::setTextOrHide(m_statusLabel, QString());
    emit saved(changed == 0 ? tr("The retention rules were not changed.")
                            : tr("%n retention rule(s) changed; recorded in the audit log.", nullptr, changed));
    return true;
}

} // namespace inbeeld
