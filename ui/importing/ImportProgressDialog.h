#pragma once

#include "core/importing/ImportOptions.h"

#include <QProgressDialog>

namespace inbeeld {

/// Progress of a check or an import with a Cancel button. Importer::run calls callback() on
/// the GUI thread every few hundred rows; setValue() then lets events through (the dialog is
/// modal to the wizard), so Cancel can be pressed, and the callback tells the importer to stop.
/// While it lives the cursor shows that work is going on, which also holds off the idle lock.
class ImportProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    enum class Kind { Check, Import };

    ImportProgressDialog(Kind kind, const QString& fileName, QWidget* parent);
    ~ImportProgressDialog() override;

    ImportProgress callback();
    /// For Importer::run's phases: at ImportPhase::Committing the dialog says that the rows are
    /// being saved, shows a busy bar and hides Cancel (the commit cannot be stopped).
    ImportPhaseChanged phaseCallback();
    /// Shows a phase (also called by phaseCallback()).
    void setPhase(ImportPhase phase, qint64 rowsDone);
    /// For tests: press Cancel at the first progress report.
    void setCancelAtFirstReport(bool cancel) { m_cancelAtFirstReport = cancel; }

private:
    bool report(qint64 rowsDone, qint64 bytesDone, qint64 bytesTotal);

    Kind m_kind;
    QString m_fileName;
    bool m_cancelAtFirstReport = false;
};

} // namespace inbeeld
