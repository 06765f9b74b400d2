#include "ui/importing/ImportReportDialog.h"

#include "ui/importing/ImportReportView.h"
#include "ui/importing/ImportTexts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbeeld {

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent)
    , m_view(new ImportReportView(this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import report of list %1").arg(report.snapshotId));
    resize(900, 600);

    auto* heading = new QLabel(tr("%1 · %2 · source %3 · peildatum %4")
                                   .arg(report.fileName, ImportTexts::sideName(report.side), report.sourceName,
                                        ImportTexts::date(report.peildatum)),
                               this);
    heading->setObjectName(QStringLiteral("reportHeadingLabel"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    m_view->setReport(report);
}

} // namespace inbeeld
