#pragma once

#include "core/lifecycle/Closures.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace inbeeld {

/// Asks why and when processing about a child ends (one of the agreement's four reasons, a date,
/// an optional note), before the caller closes the case. Never closes anything itself.
class CloseCaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CloseCaseDialog(QWidget* parent = nullptr);

    ClosureReason reason() const;
    QDate date() const;
    QString note() const;

private:
    QComboBox* m_reason;
    QDateEdit* m_date;
    QLineEdit* m_note;
};

} // namespace inbeeld
