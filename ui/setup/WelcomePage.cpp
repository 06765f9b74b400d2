#include "ui/setup/WelcomePage.h"

#include "ui/common/AppIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace inbeeld {

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome to InBeeld"));
    setSubTitle(tr("This wizard sets up InBeeld for your organisation. It takes a few minutes."));

    auto* icon = new QLabel(this);
    icon->setPixmap(AppIcon::pixmap(64));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        tr("<p>InBeeld keeps your organisation's list of out-of-school children (thuiszitters) in one "
           "encrypted file on this computer, the <b>store</b>. With it you can compare your list with the list of "
           "your partner under the data-sharing agreement (convenant).</p>"
           "<p>You will need:</p>"
           "<ul><li>the name of your organisation and its role (attendance office or school partnership);</li>"
           "<li>a place for the store file;</li>"
           "<li>a passphrase that only you and your colleagues who use this store know.</li></ul>"
           "<p><b>Nobody can open the store without the passphrase, not even the makers of InBeeld.</b> "
           "Write it down and keep it in a safe place.</p>"
           "<p>Press <i>Next</i> to begin.</p>"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
}

} // namespace inbeeld
