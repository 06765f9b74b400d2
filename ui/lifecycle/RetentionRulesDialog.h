#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace inbeeld {

class Store;

/// The organisation's retention rules: each rule's period (in months) and the reason shown to the
/// user, with the agreement profile's default beside it and the note that the defaults are still
/// to be confirmed by the parties' privacy officers. Saved and audited by core (RetentionRules).
class RetentionRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionRulesDialog(Store& store, QWidget* parent = nullptr);

    /// Stores the changed rules; false (with the message in the dialog) when one was refused.
    bool save();

signals:
    void saved(const QString& message);

private:
    struct Row
    {
        QString id;
        int months = 0;
        QString reason;
        QSpinBox* monthsEdit = nullptr;
        QLineEdit* reasonEdit = nullptr;
    };

    Store& m_store;
    QList<Row> m_rows;
    QLabel* m_statusLabel;
};

} // namespace inbeeld
