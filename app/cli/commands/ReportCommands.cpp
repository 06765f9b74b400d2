#include "app/cli/commands/ReportCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/reporting/ProcessingRegister.h"
#include "core/storage/Store.h"

#include <QSaveFile>

namespace inbeeld::cli {

QString ReportCommands::helpText()
{
    return tr("Usage: %1 report inspectie|register [options]\n"
              "\n"
              "  inspectie  The Inspectie's quarterly thuiszitters registration (anonymous)\n"
              "  register   The entry for the register of processing activities (GDPR art. 30)\n")
        .arg(programName());
}

ReportInspectieCommand::ReportInspectieCommand()
    : StoreCommand({QStringLiteral("report inspectie"),
                    QStringLiteral("report inspectie --store PATH --quarter 2026Q3 --format xlsx|csv|json|pdf --out "
                                   "FILE [--peildatum YYYY-MM-DD] [--passphrase-file FILE]"),
                    tr("Write the Inspectie's quarterly thuiszitters registration"),
                    tr("Register a quarter for the Inspectie and write it: one anonymous row per child, cumulative "
                       "over the school year (1 August to 31 July), built from your own lists whose reference dates "
                       "fall in the quarter. xlsx and csv use the form's column names (set them in the program); "
                       "pdf is a summary with the counts and the trend. No BSN, name or address in any format.")})
{
}

void ReportInspectieCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("quarter"), tr("The quarter, like 2026Q3 (July to September 2026)."),
                  QStringLiteral("QUARTER"), true);
    cmd.addOption(QStringLiteral("format"), tr("xlsx, csv, json or pdf."), QStringLiteral("FORMAT"), true);
    cmd.addOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"), true);
    cmd.addOption(QStringLiteral("peildatum"),
                  tr("The reference date within the quarter (default: the quarter's last day)."),
                  QStringLiteral("YYYY-MM-DD"));
}

std::optional<int> ReportInspectieCommand::prepare(CommandLine& cmd)
{
    m_quarter = Quarter::parse(cmd.value(QStringLiteral("quarter")));
    if (!m_quarter)
        return cmd.usageError(tr("--quarter needs a quarter like 2026Q3"));
    m_format = InspectieExport::formatFromName(cmd.value(QStringLiteral("format")));
    if (!m_format)
        return cmd.usageError(tr("--format must be xlsx, csv, json or pdf"));
    m_peildatum = QDate();
    if (cmd.isSet(QStringLiteral("peildatum"))) {
        m_peildatum = QDate::fromString(cmd.value(QStringLiteral("peildatum")), Qt::ISODate);
        if (!m_peildatum.isValid())
            return cmd.usageError(tr("--peildatum needs a date like 2026-09-30"));
    }
    return std::nullopt;
}

int ReportInspectieCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const Quarter quarter = *m_quarter;
    InspectieRegistration registration(store);
    auto built = registration.build(quarter, m_peildatum);
    if (!built)
        return reportError(built.error());
    auto all = registration.quartersOf(built.value().schoolYear);
    if (!all)
        return reportError(all.error());
    QList<QuarterRegistration> earlier;
    for (const QuarterRegistration& q : all.value())
        if (q.quarter < quarter)
            earlier << q;
    const QString out = StoreAccess::absolutePath(cmd.value(QStringLiteral("out")));
    const InspectieExport exporter(built.value(), earlier, InspectieForm::load(store), store.organisation().name);
    if (auto written = exporter.write(*m_format, out); !written)
        return reportError(written.error());
    (void)store.audit().append(QStringLiteral("inspectie.exported"),
                               QStringLiteral("quarter=%1 format=%2 rows=%3")
                                   .arg(quarter.code(), cmd.value(QStringLiteral("format")).toLower())
                                   .arg(built.value().rows.size()));
    const auto counts = built.value().counts();
    printOut(tr("Quarter %1 (school year %2, reference date %3): %4 children, %5 active, %6 ended. Written to %7.")
                 .arg(quarter.code(), Quarter::schoolYearText(built.value().schoolYear),
                      built.value().peildatum.toString(Qt::ISODate))
                 .arg(counts.value(QStringLiteral("total")))
                 .arg(counts.value(QStringLiteral("active")))
                 .arg(counts.value(QStringLiteral("ended")))
                 .arg(StoreAccess::displayPath(out)));
    return ExitSuccess;
}

ReportRegisterCommand::ReportRegisterCommand()
    : StoreCommand(
        {QStringLiteral("report register"),
         QStringLiteral("report register --store PATH --format json|pdf --out FILE [--passphrase-file FILE]"),
         tr("Write the entry for the register of processing activities (GDPR art. 30)"),
         tr("Write the entry for the register of processing activities (GDPR art. 30): controller, "
            "purposes, legal ground, data subjects and data, recipients, retention, security measures and "
            "the figures a DPIA asks for. No personal data.")})
{
}

void ReportRegisterCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("format"), tr("json or pdf."), QStringLiteral("FORMAT"), true);
    cmd.addOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"), true);
}

std::optional<int> ReportRegisterCommand::prepare(CommandLine& cmd)
{
    const QString format = cmd.value(QStringLiteral("format")).toLower();
    if (format != u"json" && format != u"pdf")
        return cmd.usageError(tr("--format must be json or pdf"));
    return std::nullopt;
}

int ReportRegisterCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const auto agreement = AgreementCatalog::builtIn(store.organisation().agreementId);
    if (!agreement)
        return reportError(agreement.error());
    auto reg = ProcessingRegister::collect(store, agreement.value());
    if (!reg)
        return reportError(reg.error());
    const QString out = StoreAccess::absolutePath(cmd.value(QStringLiteral("out")));
    if (cmd.value(QStringLiteral("format")).toLower() == u"pdf") {
        if (auto written = reg.value().document().writePdf(out); !written)
            return reportError(written.error());
    } else {
        QSaveFile file(out);
        const QByteArray bytes = reg.value().jsonBytes();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return reportFailure(
                tr("%1 could not be written: %2").arg(StoreAccess::displayPath(out), file.errorString()));
    }
    printOut(tr("Written to %1.").arg(StoreAccess::displayPath(out)));
    return ExitSuccess;
}

} // namespace inbeeld::cli
