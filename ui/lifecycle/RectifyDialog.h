#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace inbeeld {

/// Asks for a correction of one field of our own record about a child (GDPR art. 16): which
/// field, the correct value and why. Core (SubjectRights) keeps the old value beside it.
class RectifyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RectifyDialog(QWidget* parent = nullptr);

    QString field() const; // the field id ("last_school", ...)
    QString value() const;
    QString reason() const;

private:
    QComboBox* m_fieldCombo;
    QLineEdit* m_valueEdit;
    QLineEdit* m_reasonEdit;
};

} // namespace inbeeld
