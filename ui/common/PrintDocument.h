#pragma once

#include "core/documents/Document.h"

#include <QCoreApplication>

class QWidget;

namespace inbeeld {

/// Prints a core Document through Qt PrintSupport: a print preview (Dutch) from which the user
/// picks the printer. Lives in ui/ because core must not link PrintSupport.
class PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocument)

public:
    /// Shows the preview dialog; returns when it closes.
    static void preview(const Document& document, QWidget* parent);
    /// Asks for a PDF file name and writes the document; shows an error when that fails.
    static void savePdf(const Document& document, QWidget* parent, const QString& suggestedName);
};

} // namespace inbeeld
