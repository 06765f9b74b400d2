#pragma once

#include "core/exchange/PackageDispatch.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace inbeeld {

class SecretStore;
class Store;

/// "Verzendgeschiedenis": how each package we made left, newest first: written to a file, mailed
/// (to which address, the server's answer) or a mail that failed (and why), with when and to which
/// partner. From here a package can be mailed again ("Versturen per e-mail…") while its file is
/// where it was written. Read from core (PackageDispatch::all); no personal data.
class DispatchHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    DispatchHistoryDialog(Store& store, SecretStore& secrets, QWidget* parent = nullptr);

    void refresh();
    const QList<DispatchRecord>& records() const { return m_records; }
    /// Opens the send-by-mail dialog for the package of the selected row (modal). False when the
    /// package's file or partner is not found (the reason is shown).
    bool mailSelected();

private:
    void updateButtons();

    Store& m_store;
    SecretStore& m_secrets;
    QList<DispatchRecord> m_records;
    QTableWidget* m_table;
    QLabel* m_emptyLabel;
    QLabel* m_errorLabel;
    QPushButton* m_mailButton;
};

} // namespace inbeeld
