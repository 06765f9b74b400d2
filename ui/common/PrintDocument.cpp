#include "ui/common/PrintDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace inbeeld {

void PrintDocument::preview(const Document& document, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
    printer.setDocName(document.title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(document.title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* p) { (void)document.paint(*p); });
    dialog.exec();
}

void PrintDocument::savePdf(const Document& document, QWidget* parent, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"), QDir::home().filePath(suggestedName),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = document.writePdf(path); !written)
        QMessageBox::warning(parent, tr("Save as PDF"), written.message());
}

} // namespace inbeeld
