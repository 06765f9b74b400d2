#include "ui/setup/SetupWizard.h"

#include "core/setup/StoreSetup.h"
#include "core/storage/StoreOpener.h"
#include "ui/common/AppIcon.h"
#include "ui/common/BusyCursor.h"
#include "ui/setup/LocationPage.h"
#include "ui/setup/OrganisationPage.h"
#include "ui/setup/PassphrasePage.h"
#include "ui/setup/WelcomePage.h"

#include <QAbstractButton>

namespace inbeeld {

SetupWizard::SetupWizard(StoreOpener& opener, QWidget* parent)
    : QWizard(parent)
    , m_opener(opener)
    , m_organisationPage(new OrganisationPage(this))
    , m_locationPage(new LocationPage(this))
    , m_passphrasePage(new PassphrasePage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up InBeeld"));
    setWindowIcon(AppIcon::icon());
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, AppIcon::pixmap(48));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::FinishButton, tr("&Create store"));
    setMinimumSize(640, 480);

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(OrganisationPageId, m_organisationPage);
    setPage(LocationPageId, m_locationPage);
    setPage(PassphrasePageId, m_passphrasePage);
    setStartId(WelcomePageId);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PassphrasePageId)
            m_passphrasePage->setOrganisationName(m_organisationPage->organisation().name);
    });

    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
}

SetupWizard::~SetupWizard() = default;

std::unique_ptr<Store> SetupWizard::takeStore()
{
    return std::move(m_store);
}

bool SetupWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() == PassphrasePageId)
        return m_store || createStore();
    return true;
}

bool SetupWizard::createStore()
{
    const OrganisationInfo organisation = m_organisationPage->organisation();
    const QString path = m_locationPage->storePath();
    m_passphrasePage->showError(QString());
    m_passphrasePage->setBusy(true);
    setEnabled(false);
    Result<std::unique_ptr<Store>> created = [&] {
        BusyCursor busy;
        return StoreSetup::createStore(path, m_passphrasePage->passphrase(), organisation);
    }();
    setEnabled(true);
    m_passphrasePage->setBusy(false);
    if (!created) {
        m_passphrasePage->showError(
            tr("The store could not be created. %1 Check the details and press Create store again, or go Back to "
               "choose another file.")
                .arg(created.message()));
        return false;
    }
    m_store = created.takeValue();

    if (m_passphrasePage->rememberKey()) {
        const Result<void> remembered = m_opener.remember(*m_store);
        if (!remembered)
            m_keychainWarning = remembered.message();
    }
    return true;
}

} // namespace inbeeld
