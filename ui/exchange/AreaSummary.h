#pragma once

#include "core/domain/Agreement.h"
#include "core/exchange/PackageWriter.h"

#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// The area rule's part of the package preview, as text: per category how many children go to the
/// partner and how many stay home and why (the children no party could be named for are shown by
/// UnassignedChildrenView). Kept apart from SendPackageDialog so the dialog stays one screen of code.
class AreaSummary
{
    Q_DECLARE_TR_FUNCTIONS(AreaSummary)

public:
    static QString text(const PackagePlan& plan, const Agreement* agreement);
};

} // namespace inbeeld
