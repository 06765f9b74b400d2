#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace inbeeld {

class Store;

/// The answer to an access request (GDPR art. 15) for one child: the user gives the BSN (or comes
/// from the child's own actions), chooses the readable PDF or JSON and a file; core builds the
/// export and writes it readable only by the user (0600), and audits it without the number.
class AccessExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccessExportDialog(Store& store, QWidget* parent = nullptr);

    /// For a chosen child (key "bsn:…", "onr:…" or "name:…"): the BSN field is filled or hidden.
    void setChildKey(const QString& childKey);
    void setPdf(bool pdf);
    /// Opens the save dialog (non-modal; the export is written when a file is chosen).
    void chooseFile();
    /// Writes the export to path; true on success (the message is shown in the dialog).
    bool exportTo(const QString& path);

signals:
    void exported(const QString& message);

private:
    QString childKey(QString* error) const;

    Store& m_store;
    QString m_fixedKey;
    QLineEdit* m_bsnEdit;
    QLabel* m_childLabel;
    QRadioButton* m_pdfButton;
    QRadioButton* m_jsonButton;
    QLabel* m_statusLabel;
};

} // namespace inbeeld
