#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace inbeeld {

/// The decision on a request for erasure (GDPR art. 17) or an objection (art. 21) about one child.
/// It first explains why the public task usually means erasure does not apply; the user records
/// the reasoning and refuses, or grants, which (after a second confirmation) purges everything about
/// the child as retention would. Core (SubjectRights::erase) records the decision either way.
class EraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EraseDialog(QWidget* parent = nullptr);

    bool isObjection() const;
    QString reasoning() const;
    /// After accept(): the request was granted (the child is to be purged), else refused.
    bool granted() const { return m_granted; }

private:
    void decide(bool grant);

    QRadioButton* m_erasureButton;
    QRadioButton* m_objectionButton;
    QPlainTextEdit* m_reasoningEdit;
    QLabel* m_statusLabel;
    bool m_granted = false;
};

} // namespace inbeeld
