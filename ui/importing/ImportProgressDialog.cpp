#include "ui/importing/ImportProgressDialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QLocale>

namespace inbeeld {

namespace {
constexpr int kSteps = 1000;
}

ImportProgressDialog::ImportProgressDialog(Kind kind, const QString& fileName, QWidget* parent)
    : QProgressDialog(parent)
    , m_kind(kind)
    , m_fileName(fileName)
{
    setObjectName(QStringLiteral("importProgressDialog"));
    setWindowTitle(kind == Kind::Check ? tr("Checking the list") : tr("Importing the list"));
    setCancelButtonText(tr("&Cancel"));
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(400); // a small list is done before a dialog would be worth showing
    setMinimumWidth(420);
    setRange(0, kSteps);
    setLabelText(kind == Kind::Check ? tr("Checking %1…").arg(fileName) : tr("Importing %1…").arg(fileName));
    setValue(0);
    QApplication::setOverrideCursor(Qt::BusyCursor);
}

ImportProgressDialog::~ImportProgressDialog()
{
    QApplication::restoreOverrideCursor();
}

ImportProgress ImportProgressDialog::callback()
{
    return [this](qint64 rowsDone, qint64 bytesDone, qint64 bytesTotal) {
        return report(rowsDone, bytesDone, bytesTotal);
    };
}

ImportPhaseChanged ImportProgressDialog::phaseCallback()
{
    return [this](ImportPhase phase, qint64 rowsDone) { setPhase(phase, rowsDone); };
}

void ImportProgressDialog::setPhase(ImportPhase phase, qint64 rowsDone)
{
    if (phase != ImportPhase::Committing)
        return;
    setLabelText(tr("Saving %1…\n%2 rows read; writing them to the encrypted store.\nThis can take a moment "
                    "and can no longer be cancelled.")
                     .arg(m_fileName, QLocale().toString(rowsDone)));
    setCancelButton(nullptr);
    // A busy bar: the commit reports no progress of its own.
    setRange(0, 0);
    setValue(0);
    // The commit runs on this thread and blocks it: paint the new state first.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

bool ImportProgressDialog::report(qint64 rowsDone, qint64 bytesDone, qint64 bytesTotal)
{
    if (m_cancelAtFirstReport) {
        m_cancelAtFirstReport = false;
        cancel();
    }
    if (wasCanceled())
        return false;
    const QString rows = QLocale().toString(rowsDone);
    setLabelText(m_kind == Kind::Check ? tr("Checking %1…\n%2 rows checked").arg(m_fileName, rows)
                                       : tr("Importing %1…\n%2 rows read").arg(m_fileName, rows));
    if (bytesTotal > 0) {
        // Never the maximum before the end: the last step (storing) is still to come.
        setValue(int(std::min<qint64>(kSteps - 1, std::max<qint64>(1, bytesDone * kSteps / bytesTotal))));
    } else {
        setValue(int(std::min<qint64>(kSteps - 1, std::max<qint64>(1, value() + 1))));
    }
    return !wasCanceled();
}

} // namespace inbeeld
