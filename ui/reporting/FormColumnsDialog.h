#pragma once

#include "core/reporting/InspectieForm.h"

#include <QDialog>

class QTableWidget;

namespace inbeeld {

class Store;

/// Lets the user name and order the columns as the Inspectie's form has them (the form is not
/// public; it comes with the request). Saved in the store and used for every XLSX and CSV after.
class FormColumnsDialog : public QDialog
{
    Q_OBJECT

public:
    FormColumnsDialog(Store& store, QWidget* parent = nullptr);
    QList<FormColumn> columns() const;
    void setColumns(const QList<FormColumn>& columns);
    QTableWidget* table() const { return m_table; }
    /// Saves; false (with a message) when the columns are refused.
    bool save();

private:
    void move(int delta);

    Store& m_store;
    QTableWidget* m_table;
};

} // namespace inbeeld
