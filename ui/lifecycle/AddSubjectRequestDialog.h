#pragma once

#include "core/lifecycle/SubjectRequests.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace inbeeld {

class Store;

/// Registers a data-subject request: the kind, the child's BSN, when it was received, who asked
/// (the young person of 16 or older, a parent or a guardian) and how their identity was verified
/// and by whom. Core refuses a request without the identity check and sets the deadline.
class AddSubjectRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddSubjectRequestDialog(Store& store, QWidget* parent = nullptr);

    /// Registers the request; false (with the message in the dialog) when core refused it.
    bool registerRequest();
    const SubjectRequest& request() const { return m_request; }

private:
    Store& m_store;
    SubjectRequest m_request;
    QComboBox* m_typeCombo;
    QLineEdit* m_bsnEdit;
    QDateEdit* m_receivedEdit;
    QComboBox* m_requesterCombo;
    QLineEdit* m_identityEdit;
    QLineEdit* m_verifiedByEdit;
    QLabel* m_statusLabel;
};

} // namespace inbeeld
