#include "ui/reporting/FormColumnsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inbeeld {

FormColumnsDialog::FormColumnsDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Columns of the Inspectie's form"));
    auto* intro = new QLabel(tr("Name the columns as the Inspectie's form names them and put them in its order. "
                                "Untick a column the form does not have. InBeeld remembers this for every next "
                                "quarter."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("What the column holds"), tr("Column name on the form")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    auto* reset = new QPushButton(tr("&Default names"), this);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(reset, &QPushButton::clicked, this, [this] { setColumns(InspectieForm::defaults()); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addWidget(reset);
    side->addStretch();
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle);
    layout->addWidget(buttons);
    resize(640, 420);
    setColumns(InspectieForm::load(store));
}

void FormColumnsDialog::setColumns(const QList<FormColumn>& columns)
{
    QList<FormColumn> all = columns;
    for (const QString& field : InspectieForm::fieldIds()) {
        const bool present
            = std::any_of(columns.cbegin(), columns.cend(), [&](const FormColumn& c) { return c.field == field; });
        if (!present)
            all << FormColumn {field, QString()};
    }
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        auto* what = new QTableWidgetItem(InspectieForm::fieldDescription(all.at(row).field));
        what->setData(Qt::UserRole, all.at(row).field);
        what->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        what->setCheckState(row < columns.size() ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, 0, what);
        m_table->setItem(row, 1, new QTableWidgetItem(all.at(row).header));
    }
}

QList<FormColumn> FormColumnsDialog::columns() const
{
    QList<FormColumn> columns;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->checkState() != Qt::Checked)
            continue;
        columns << FormColumn {m_table->item(row, 0)->data(Qt::UserRole).toString(),
                               m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString()};
    }
    return columns;
}

bool FormColumnsDialog::save()
{
    if (auto saved = InspectieForm::save(m_store, columns()); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.message());
        return false;
    }
    return true;
}

void FormColumnsDialog::move(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    for (int column = 0; column < 2; ++column) {
        QTableWidgetItem* a = m_table->takeItem(row, column);
        QTableWidgetItem* b = m_table->takeItem(target, column);
        m_table->setItem(row, column, b);
        m_table->setItem(target, column, a);
    }
    m_table->setCurrentCell(target, 1);
}

} // namespace inbeeld
