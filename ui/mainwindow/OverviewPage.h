#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace inbeeld {

class Store;

/// The first tab: which organisation this store belongs to, how it is protected, and what the
/// agreement allows to exchange per category, with the reason for each field.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);

    /// Shows the open store (not kept), or clears every value for null.
    void showStore(const Store* store);

private:
    void showAgreement(const QString& agreementId);

    QLabel* m_orgNameValue;
    QLabel* m_roleValue;
    QLabel* m_agreementValue;
    QLabel* m_createdValue;
    QLabel* m_storeFileValue;
    QLabel* m_schemaValue;
    QLabel* m_cipherValue;
    QTreeWidget* m_agreementTree;
    QLabel* m_agreementError;
};

} // namespace inbeeld
