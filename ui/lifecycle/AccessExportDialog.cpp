#include "ui/lifecycle/AccessExportDialog.h"

#include "core/lifecycle/AccessExport.h"
#include "core/lifecycle/SubjectRequests.h"
#include "ui/common/BusyCursor.h"
#include "ui/common/LabelStyle.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace inbeeld {

AccessExportDialog::AccessExportDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_bsnEdit(new QLineEdit(this))
    , m_childLabel(new QLabel(this))
    , m_pdfButton(new QRadioButton(tr("&PDF, readable (to send to the person who asked)"), this))
    , m_jsonButton(new QRadioButton(tr("&JSON, for a script or another program"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("accessExportDialog"));
    setWindowTitle(tr("Access export"));
    m_bsnEdit->setObjectName(QStringLiteral("accessBsnEdit"));
    m_childLabel->setObjectName(QStringLiteral("accessChildLabel"));
    m_pdfButton->setObjectName(QStringLiteral("accessPdfButton"));
    m_jsonButton->setObjectName(QStringLiteral("accessJsonButton"));
    m_statusLabel->setObjectName(QStringLiteral("accessStatusLabel"));
    m_pdfButton->setChecked(true);
    m_bsnEdit->setPlaceholderText(tr("9 digits"));
    m_bsnEdit->setMaxLength(12);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* intro = new QLabel(tr("Everything this store holds about one child, in every list (ours and the "
                                "partners'), with notes, decisions, packages, who viewed the child and when, and the "
                                "explanation the GDPR requires (purposes, legal ground, recipients, retention, "
                                "rights, the right to complain to the Autoriteit Persoonsgegevens). The file holds "
                                "personal data: it is readable only by you. Partner records are not ours to correct: "
                                "the export says which party to ask."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* bsnLabel = new QLabel(tr("&BSN of the child:"), this);
    bsnLabel->setBuddy(m_bsnEdit);
    form->addRow(bsnLabel, m_bsnEdit);
    form->addRow(m_childLabel);
    form->addRow(tr("Format:"), m_pdfButton);
    form->addRow(QString(), m_jsonButton);
    m_childLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("accessSaveButton"));
    save->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    LabelStyle::setTextOrHide(m_statusLabel, QString());
    connect(save, &QPushButton::clicked, this, &AccessExportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, sizeHint().height());
}

void AccessExportDialog::setChildKey(const QString& childKey)
{
    if (childKey.startsWith(u"bsn:")) {
        m_fixedKey.clear();
        m_bsnEdit->setText(childKey.mid(4));
        return;
    }
    // A child without a BSN: the export is for the child chosen, whose key is not typed.
    m_fixedKey = childKey;
    m_bsnEdit->setEnabled(false);
    m_bsnEdit->clear();
    m_childLabel->setText(tr("For the child you chose (no BSN known)."));
    m_childLabel->show();
}

void AccessExportDialog::setPdf(bool pdf)
{
    (pdf ? m_pdfButton : m_jsonButton)->setChecked(true);
}

QString AccessExportDialog::childKey(QString* error) const
{
    if (!m_fixedKey.isEmpty())
        return m_fixedKey;
    auto key = SubjectRequests::childKeyOf(m_bsnEdit->text());
    if (!key) {
        *error = key.message();
        return {};
    }
    return key.value();
}

void AccessExportDialog::chooseFile()
{
    QString error;
    if (childKey(&error).isEmpty()) {
        LabelStyle::asError(m_statusLabel);
        LabelStyle::setTextOrHide(m_statusLabel, error);
        m_bsnEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    const bool pdf = m_pdfButton->isChecked();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("access-%1").arg(QDate::currentDate().toString(Qt::ISODate))
        + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".json"));
    auto* dialog = new QFileDialog(this, tr("Save access export"), folder + QLatin1Char('/') + name,
                                   pdf ? tr("PDF files (*.pdf)") : tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("accessFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &AccessExportDialog::exportTo);
    dialog->open();
}

bool AccessExportDialog::exportTo(const QString& path)
{
    QString error;
    const QString key = childKey(&error);
    Result<void> written = makeError(Error::Code::InvalidInput, error);
    if (!key.isEmpty()) {
        BusyCursor busy;
        written = AccessExport::write(
            m_store, key, m_pdfButton->isChecked() ? AccessExport::Format::Pdf : AccessExport::Format::Json, path);
    }
    if (!written) {
        LabelStyle::asError(m_statusLabel);
        LabelStyle::setTextOrHide(m_statusLabel, written.message());
        return false;
    }
    const QString message = tr("The access export was written to %1 (readable only by you: it holds personal data).")
                                .arg(QDir::toNativeSeparators(path));
    LabelStyle::asNotice(m_statusLabel);
    LabelStyle::setTextOrHide(m_statusLabel, message);
    emit exported(message);
    return true;
}

} // namespace inbeeld
