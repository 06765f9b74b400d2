#pragma once

#include "core/domain/Agreement.h"
#include "core/exchange/PackageWriter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTreeWidget;

namespace inbeeld {

/// The package preview's parts as widgets and text, from core's PackagePlan: the categories with
/// their fields (each field's reason in reasonRole), the decisions that cover them, and the notes on
/// what stays home (area rule, withheld free texts). Kept apart so SendPackageDialog stays short.
class PlanPreview
{
    Q_DECLARE_TR_FUNCTIONS(PlanPreview)

public:
    /// Fills the tree; returns the number of records that go out.
    static qint64 fillTree(QTreeWidget* tree, const PackagePlan& plan, const Agreement* agreement, int reasonRole);
    static QStringList decisions(const PackagePlan& plan);
    static QString notes(const PackagePlan& plan, const Agreement* agreement);
};

} // namespace inbeeld
