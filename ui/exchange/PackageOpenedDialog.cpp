#include "ui/exchange/PackageOpenedDialog.h"

#include "core/domain/Agreement.h"
#include "core/domain/InspectieCounts.h"
#include "ui/exchange/FingerprintLabel.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace inbeeld {

namespace {

QLabel* valueLabel(const QString& text, const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/// One line per category, in the agreement's order, then the total.
QString countsText(const QMap<QString, qint64>& counts, const Agreement* agreement)
{
    QStringList order;
    if (agreement) {
        for (const AgreementCategory& category : agreement->categories())
            order.append(category.code);
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    QStringList lines;
    qint64 total = 0;
    for (const QString& code : std::as_const(order)) {
        if (!counts.contains(code))
            continue;
        const AgreementCategory* category = agreement ? agreement->category(code) : nullptr;
        const qint64 n = counts.value(code);
        total += n;
        lines.append(PackageOpenedDialog::tr("%1: %2").arg(category ? category->name : code, QLocale().toString(n)));
    }
    lines.append(PackageOpenedDialog::tr("Total: %1").arg(QLocale().toString(total)));
    return lines.join(u'\n');
}

} // namespace

QString PackageOpenedDialog::kindText(PackageKind kind)
{
    return kind == PackageKind::Quarterly ? tr("Quarterly lists") : tr("One child (case)");
}

PackageOpenedDialog::PackageOpenedDialog(const OpenedPackage& package, const Agreement* agreement, QWidget* parent)
    : QDialog(parent)
    , m_snapshotId(package.snapshotId)
    , m_isCase(package.manifest.kind == PackageKind::Case || package.late)
    , m_compareButton(new QPushButton(tr("&Compare now"), this))
{
    setObjectName(QStringLiteral("packageOpenedDialog"));
    setWindowTitle(tr("Package opened"));
    const PackageManifest& m = package.manifest;

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    const QString number = QString::number(package.snapshotId);
    auto* headline = new QLabel(
        m_isCase ? tr("The case package from %1 was checked and stored as case %2.").arg(package.sender, number)
                 : tr("The package from %1 was checked and stored as partner list %2.").arg(package.sender, number),
        this);
    headline->setObjectName(QStringLiteral("packageOpenedHeadline"));
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    const QString checked = tr("The signature is that of a partner you added, the package was made for you, and "
                               "nothing in it was changed on the way.");
    auto* explanation = new QLabel(
        checked + u' '
            + (m_isCase ? tr("It holds one child that the partner decided to share with you; it does not replace "
                             "the partner's list. It is on the Lists tab.")
                        : tr("The list is on the Lists tab; compare it with your own list to see which children "
                             "you both know.")),
        this);
    explanation->setWordWrap(true);
    auto* top = new QHBoxLayout;
    auto* texts = new QVBoxLayout;
    texts->addWidget(headline);
    texts->addWidget(explanation);
    top->addWidget(icon);
    top->addLayout(texts, 1);

    auto* fingerprint = new FingerprintLabel(this);
    fingerprint->setObjectName(QStringLiteral("openedSenderFingerprintValue"));
    fingerprint->setText(m.senderFingerprint);
    fingerprint->setAccessibleName(tr("Sender's fingerprint"));

    auto* form = new QFormLayout;
    form->addRow(tr("From:"), valueLabel(package.sender, "openedSenderValue", this));
    form->addRow(tr("Fingerprint:"), fingerprint);
    form->addRow(tr("Package number:"),
                 valueLabel(tr("%1 (in the series from %2 to you)").arg(QString::number(m.sequence), package.sender),
                            "openedSequenceValue", this));
    if (!package.missingSequences.isEmpty() || package.late) {
        // The hash chain: packages that never arrived are named, and a late one says so.
        QStringList numbers;
        for (const quint64 n : package.missingSequences)
            numbers.append(QString::number(n));
        const QString text = package.late
            ? tr("A late package: a newer one from %1 was opened before. It is kept, but does not replace their "
                 "newer list.")
                  .arg(package.sender)
            : tr("Not received: package number(s) %1 from %2. Ask them for these packages; a case in them would "
                 "otherwise be missed.")
                  .arg(numbers.join(QStringLiteral(", ")), package.sender);
        form->addRow(tr("Series:"), valueLabel(text, "openedMissingValue", this));
    }
    form->addRow(tr("Package id:"), valueLabel(m.packageId, "openedPackageIdValue", this));
    form->addRow(tr("Quarter:"), valueLabel(m.quarter, "openedQuarterValue", this));
    form->addRow(tr("Kind:"), valueLabel(kindText(m.kind), "openedKindValue", this));
    form->addRow(
        tr("Made on:"),
        valueLabel(QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat), "openedCreatedValue", this));
    form->addRow(tr("Records:"), valueLabel(countsText(package.counts, agreement), "openedCountsValue", this));
    if (package.inspectie) {
        // The sender's counts for the Inspectie, so both parties report from the same figures.
        QStringList lines {
            tr("On the peildatum %1:").arg(QLocale().toString(package.inspectie->peildatum, QLocale::ShortFormat))};
        for (const QString& code : InspectieCounts::subgroupCodes()) {
            if (package.inspectie->subgroups.contains(code)) {
                lines.append(tr("%1: %2").arg(InspectieCounts::subgroupName(code),
                                              QLocale().toString(package.inspectie->subgroups.value(code))));
            }
        }
        form->addRow(tr("For the Inspectie:"), valueLabel(lines.join(u'\n'), "openedInspectieValue", this));
    }
    form->addRow(
        tr("Stored as:"),
        valueLabel(m_isCase ? tr("Case %1 (one child, not a list)").arg(number) : tr("Partner list %1").arg(number),
                   "openedSnapshotValue", this));

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("packageOpenedButtons"));
    m_compareButton->setObjectName(QStringLiteral("compareNowButton"));
    m_compareButton->setToolTip(tr("Compare your newest list with this partner list on the Compare tab."));
    buttons->addButton(m_compareButton, QDialogButtonBox::AcceptRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeOpenedButton"));
    // A case is never compared as a list: then Close is all there is to do.
    m_compareButton->setVisible(!m_isCase);
    m_compareButton->setDefault(!m_isCase);
    close->setDefault(m_isCase);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        emit compareRequested(m_snapshotId);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_isCase ? static_cast<QWidget*>(close) : m_compareButton)->setFocus(Qt::OtherFocusReason);
    // Wide enough for the fingerprint on one line.
    setMinimumWidth(qMax(560, QFontMetrics(fingerprint->font()).horizontalAdvance(m.senderFingerprint) + 220));
}

} // namespace inbeeld
