#pragma once

#include "core/storage/Store.h"

#include <QWizard>
#include <memory>

namespace inbeeld {

class LocationPage;
class OrganisationPage;
class PassphrasePage;
class StoreOpener;

/// First-run setup: organisation, store file and passphrase. Finish creates the store (and
/// remembers its key when asked); when that fails the wizard stays open with all input kept.
/// After accepted(), takeStore() hands over the open store.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId, OrganisationPageId, LocationPageId, PassphrasePageId };

    explicit SetupWizard(StoreOpener& opener, QWidget* parent = nullptr);
    ~SetupWizard() override;

    std::unique_ptr<Store> takeStore();
    /// Why the key could not be remembered although asked (translated), or empty.
    QString keychainWarning() const { return m_keychainWarning; }

protected:
    bool validateCurrentPage() override;

private:
    bool createStore();

    StoreOpener& m_opener;
    OrganisationPage* m_organisationPage;
    LocationPage* m_locationPage;
    PassphrasePage* m_passphrasePage;
    std::unique_ptr<Store> m_store;
    QString m_keychainWarning;
};

} // namespace inbeeld
