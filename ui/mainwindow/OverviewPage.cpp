#include "ui/mainwindow/OverviewPage.h"

#include "core/domain/Agreement.h"
#include "core/domain/Role.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/common/WrappingItemDelegate.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inbeeld {

namespace {
QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_orgNameValue(valueLabel(this, "orgNameValue"))
    , m_roleValue(valueLabel(this, "roleValue"))
    , m_agreementValue(valueLabel(this, "agreementValue"))
    , m_createdValue(valueLabel(this, "createdValue"))
    , m_storeFileValue(valueLabel(this, "storeFileValue"))
    , m_schemaValue(valueLabel(this, "schemaVersionValue"))
    , m_cipherValue(valueLabel(this, "cipherVersionValue"))
    , m_agreementTree(new QTreeWidget(this))
    , m_agreementError(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_agreementTree->setObjectName(QStringLiteral("agreementTree"));
    m_agreementError->setObjectName(QStringLiteral("agreementErrorLabel"));
    LabelStyle::asError(m_agreementError);

    auto* organisationBox = new QGroupBox(tr("Organisation and store"), this);
    auto* form = new QFormLayout(organisationBox);
    form->addRow(tr("Organisation:"), m_orgNameValue);
    form->addRow(tr("Role:"), m_roleValue);
    form->addRow(tr("Agreement:"), m_agreementValue);
    form->addRow(tr("Created:"), m_createdValue);
    form->addRow(tr("Store file:"), m_storeFileValue);
    form->addRow(tr("Schema version:"), m_schemaValue);
    form->addRow(tr("Encryption:"), m_cipherValue);

    auto* agreementBox = new QGroupBox(tr("What the agreement allows you to exchange"), this);
    auto* intro = new QLabel(tr("Per category of out-of-school child: the fields that may be shared with your "
                                "partner, and why. InBeeld never exports a field that is not listed here."),
                             agreementBox);
    intro->setWordWrap(true);
    m_agreementTree->setColumnCount(2);
    m_agreementTree->setHeaderLabels({tr("Category and field"), tr("Reason for exchanging it")});
    m_agreementTree->setWordWrap(true);
    m_agreementTree->setUniformRowHeights(false);
    m_agreementTree->setAlternatingRowColors(true);
    m_agreementTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agreementTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agreementTree->setTextElideMode(Qt::ElideNone);
    m_agreementTree->setItemDelegateForColumn(1, new WrappingItemDelegate(m_agreementTree));
    m_agreementTree->header()->setStretchLastSection(true);
    m_agreementTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Wrapped rows get their height from the column width: lay them out again when it changes.
    connect(m_agreementTree->header(), &QHeaderView::sectionResized, m_agreementTree,
            [this] { m_agreementTree->doItemsLayout(); });
    m_agreementTree->setAccessibleName(tr("Fields the agreement allows per category"));
    auto* agreementLayout = new QVBoxLayout(agreementBox);
    agreementLayout->addWidget(intro);
    agreementLayout->addWidget(m_agreementTree, 1);
    agreementLayout->addWidget(m_agreementError);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(organisationBox);
    layout->addWidget(agreementBox, 1);

    showStore(nullptr);
}

void OverviewPage::showStore(const Store* store)
{
    m_agreementTree->clear();
    LabelStyle::setTextOrHide(m_agreementError, QString());
    if (!store) {
        for (QLabel* label : {m_orgNameValue, m_roleValue, m_agreementValue, m_createdValue, m_storeFileValue,
                              m_schemaValue, m_cipherValue})
            label->clear();
        return;
    }
    const OrganisationInfo organisation = store->organisation();
    m_orgNameValue->setText(organisation.name);
    m_roleValue->setText(RoleText::displayName(organisation.role));
    m_createdValue->setText(organisation.createdAt.isValid()
                                ? QLocale().toString(organisation.createdAt.toLocalTime(), QLocale::LongFormat)
                                : QString());
    m_storeFileValue->setText(QDir::toNativeSeparators(store->path()));
    m_schemaValue->setText(QString::number(store->schemaVersion()));
    const QString cipher = store->cipherVersion();
    m_cipherValue->setText(cipher.isEmpty() ? tr("SQLCipher (version unknown)")
                                            : tr("SQLCipher %1, key derived with Argon2id").arg(cipher));
    showAgreement(organisation.agreementId);
}

void OverviewPage::showAgreement(const QString& agreementId)
{
    const Result<Agreement> loaded = AgreementCatalog::builtIn(agreementId);
    if (!loaded) {
        m_agreementValue->setText(agreementId);
        LabelStyle::setTextOrHide(m_agreementError,
                                  tr("The agreement of this store cannot be shown. %1").arg(loaded.message()));
        return;
    }
    const Agreement& agreement = loaded.value();
    m_agreementValue->setText(tr("%1 (version %2)").arg(agreement.title()).arg(agreement.version()));

    for (const AgreementCategory& category : agreement.categories()) {
        auto* categoryItem = new QTreeWidgetItem(m_agreementTree);
        categoryItem->setText(0, category.name);
        categoryItem->setText(1, category.description);
        QFont bold = categoryItem->font(0);
        bold.setBold(true);
        categoryItem->setFont(0, bold);
        QStringList knownBy;
        for (const QString& code : category.knownBy) {
            const std::optional<Role> role = RoleText::fromCode(code);
            knownBy << (role ? RoleText::displayName(*role) : code);
        }
        categoryItem->setToolTip(
            0,
            knownBy.isEmpty()
                ? category.code
                : tr("Code %1. Normally known by: %2.").arg(category.code, knownBy.join(QStringLiteral(", "))));
        for (const AgreementField& field : agreement.fieldsFor(category.code)) {
            auto* fieldItem = new QTreeWidgetItem(categoryItem);
            fieldItem->setText(0, field.name);
            fieldItem->setText(1, field.reason);
            fieldItem->setToolTip(1, field.reason);
        }
    }
    m_agreementTree->expandAll();
}

} // namespace inbeeld
