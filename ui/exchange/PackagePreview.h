#pragma once

#include "core/domain/Agreement.h"
#include "core/exchange/PackageWriter.h"

#include <QGroupBox>

class QLabel;
class QTreeWidget;

namespace inbeeld {

class Store;

/// "What will be sent", the preview of SendPackageDialog: from core's plan (PackageWriter::plan)
/// the list it comes from, the records per category with the fields that go out for each (the
/// agreement's reason for a field when it is selected), the decisions that cover them, and the
/// texts left out. A box of its own so that the dialog only chooses and writes.
class PackagePreview : public QGroupBox
{
    Q_OBJECT

public:
    PackagePreview(Store& store, const Agreement* agreement, QWidget* parent = nullptr);

    /// Empties the preview.
    void clear();
    /// Shows plan; true when it holds any record (so it can be written).
    bool show(const PackagePlan& plan);

private:
    void showSource(const PackagePlan& plan);
    qint64 showCategories(const PackagePlan& plan);
    void showDecisions(const PackagePlan& plan);
    void showWithheld(const PackagePlan& plan);
    void showFieldReason();

    Store& m_store;
    const Agreement* m_agreement;
    QLabel* m_sourceLabel;
    QTreeWidget* m_tree;
    QLabel* m_reasonLabel;
    QLabel* m_decisionsLabel;
    QLabel* m_withheldLabel;
};

} // namespace inbeeld
