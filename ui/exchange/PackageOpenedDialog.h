#pragma once

#include "core/exchange/PackageReader.h"

#include <QDialog>

class QPushButton;

namespace inbeeld {

class Agreement;

/// Shown after a partner's package was checked and stored: from whom (organisation and
/// fingerprint), which package (id, number in the sender's sequence, quarter, kind), how many
/// records per category, and the number of the new partner list. "Compare now" (the default)
/// asks for a comparison of our newest list with that list. A case package (one child) is stored
/// as a case, not as the partner's list, so it offers no comparison. Holds no personal data.
class PackageOpenedDialog : public QDialog
{
    Q_OBJECT

public:
    /// agreement names the categories; without it their codes are shown.
    PackageOpenedDialog(const OpenedPackage& package, const Agreement* agreement, QWidget* parent = nullptr);

    qint64 snapshotId() const { return m_snapshotId; }
    bool isCase() const { return m_isCase; }

    /// "Quarterly lists" or "One child" (translated).
    static QString kindText(PackageKind kind);

signals:
    /// The user wants to compare our newest list with the partner list snapshotId.
    void compareRequested(qint64 snapshotId);

private:
    qint64 m_snapshotId = 0;
    bool m_isCase = false;
    QPushButton* m_compareButton;
};

} // namespace inbeeld
