#include "ui/mainwindow/AboutDialog.h"

#include "core/common/BuildInfo.h"
#include "ui/common/AppIcon.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace inbeeld {

namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QString AboutDialog::licenceText()
{
    return resourceText(QStringLiteral(":/legal/LICENSE"));
}

QString AboutDialog::thirdPartyText()
{
    return resourceText(QStringLiteral(":/legal/THIRD-PARTY.md"));
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About InBeeld"));

    auto* about = new QWidget(m_tabs);
    auto* icon = new QLabel(about);
    icon->setPixmap(AppIcon::pixmap(64));
    icon->setAlignment(Qt::AlignTop);
    auto* text
        = new QLabel(tr("<h3>InBeeld %1</h3>"
                        "<p>Compares the lists of out-of-school children (thuiszitters) of an attendance "
                        "office and a school partnership, under their data-sharing agreement.</p>"
                        "<p>Your data stays in one encrypted file on this computer.</p>"
                        "<p>Commit: %2</p>"
                        "<p>InBeeld is free software under the European Union Public Licence (EUPL) version 1.2: "
                        "you may use, study, share and change it. It comes without any warranty; see the licence.</p>")
                         .arg(BuildInfo::version(), BuildInfo::commit()),
                     about);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* aboutLayout = new QHBoxLayout(about);
    aboutLayout->addWidget(icon);
    aboutLayout->addWidget(text, 1);
    m_tabs->addTab(about, tr("About"));

    auto* licence = new QPlainTextEdit(licenceText(), m_tabs);
    licence->setObjectName(QStringLiteral("licenceText"));
    licence->setReadOnly(true);
    licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(licence, tr("Licence"));

    auto* notices = new QTextBrowser(m_tabs);
    notices->setObjectName(QStringLiteral("thirdPartyText"));
    notices->setOpenExternalLinks(true);
    notices->setMarkdown(thirdPartyText());
    m_tabs->addTab(notices, tr("Third-party software"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 520);
}

} // namespace inbeeld
