#include "app/cli/ReportCommands.h"

#include "app/cli/CommandLine.h"
#include "app/cli/StoreAccess.h"
#include "core/reporting/InspectieExport.h"
#include "core/reporting/ProcessingRegister.h"
#include "core/storage/Store.h"

#include <QSaveFile>

namespace inbeeld::cli {

namespace {

const QString StoreOption = QStringLiteral("store");
const QString PassphraseFileOption = QStringLiteral("passphrase-file");

QString groupHelp()
{
    return ReportCommands::tr("Usage: %1 report inspectie|register [options]\n"
                              "\n"
                              "  inspectie  The Inspectie's quarterly thuiszitters registration (anonymous)\n"
                              "  register   The entry for the register of processing activities (GDPR art. 30)\n")
        .arg(programName());
}

} // namespace

int ReportCommands::run(const QStringList& arguments)
{
    return CommandGroup::dispatch(
        QStringLiteral("report"), arguments,
        {{QStringLiteral("inspectie"), &inspectie}, {QStringLiteral("register"), &processingRegister}}, groupHelp());
}

int ReportCommands::inspectie(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("report inspectie"),
        QStringLiteral("report inspectie --store PATH --quarter 2026Q3 --format xlsx|csv|json|pdf --out FILE "
                       "[--peildatum YYYY-MM-DD] [--passphrase-file FILE]"),
        tr("Register a quarter for the Inspectie and write it: one anonymous row per child, cumulative over "
           "the school year (1 August to 31 July), built from your own lists whose reference dates fall in "
           "the quarter. xlsx and csv use the form's column names (set them in the program); pdf is a "
           "summary with the counts and the trend. No BSN, name or address in any format."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("quarter"), tr("The quarter, like 2026Q3 (July to September 2026)."),
                  QStringLiteral("QUARTER"), true);
    cmd.addOption(QStringLiteral("format"), tr("xlsx, csv, json or pdf."), QStringLiteral("FORMAT"), true);
    cmd.addOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"), true);
    cmd.addOption(QStringLiteral("peildatum"),
                  tr("The reference date within the quarter (default: the quarter's last day)."),
                  QStringLiteral("YYYY-MM-DD"));
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources());
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;
    const auto quarter = Quarter::parse(cmd.value(QStringLiteral("quarter")));
    if (!quarter)
        return cmd.usageError(tr("--quarter needs a quarter like 2026Q3"));
    const auto format = InspectieExport::formatFromName(cmd.value(QStringLiteral("format")));
    if (!format)
        return cmd.usageError(tr("--format must be xlsx, csv, json or pdf"));
    QDate peildatum;
    if (cmd.isSet(QStringLiteral("peildatum"))) {
        peildatum = QDate::fromString(cmd.value(QStringLiteral("peildatum")), Qt::ISODate);
        if (!peildatum.isValid())
            return cmd.usageError(tr("--peildatum needs a date like 2026-09-30"));
    }
    std::unique_ptr<Store> store;
    if (const auto exitCode
        = StoreAccess::open(StoreAccess::absolutePath(cmd.value(StoreOption)), cmd.value(PassphraseFileOption), store))
        return *exitCode;
    InspectieRegistration registration(*store);
    auto built = registration.build(*quarter, peildatum);
    if (!built)
        return reportError(built.error());
    auto all = registration.quartersOf(built.value().schoolYear);
    if (!all)
        return reportError(all.error());
    QList<QuarterRegistration> earlier;
    for (const QuarterRegistration& q : all.value())
        if (q.quarter < *quarter)
            earlier << q;
    const QString out = StoreAccess::absolutePath(cmd.value(QStringLiteral("out")));
    const InspectieExport exporter(built.value(), earlier, InspectieForm::load(*store), store->organisation().name);
    if (auto written = exporter.write(*format, out); !written)
        return reportError(written.error());
    (void)store->audit().append(QStringLiteral("inspectie.exported"),
                                QStringLiteral("quarter=%1 format=%2 rows=%3")
                                    .arg(quarter->code(), cmd.value(QStringLiteral("format")).toLower())
                                    .arg(built.value().rows.size()));
    const auto counts = built.value().counts();
    printOut(tr("Quarter %1 (school year %2, reference date %3): %4 children, %5 active, %6 ended. Written to %7.")
                 .arg(quarter->code(), Quarter::schoolYearText(built.value().schoolYear),
                      built.value().peildatum.toString(Qt::ISODate))
                 .arg(counts.value(QStringLiteral("total")))
                 .arg(counts.value(QStringLiteral("active")))
                 .arg(counts.value(QStringLiteral("ended")))
                 .arg(StoreAccess::displayPath(out)));
    return ExitSuccess;
}

int ReportCommands::processingRegister(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("report register"),
        QStringLiteral("report register --store PATH --format json|pdf --out FILE [--passphrase-file FILE]"),
        tr("Write the entry for the register of processing activities (GDPR art. 30): controller, "
           "purposes, legal ground, data subjects and data, recipients, retention, security measures and "
           "the figures a DPIA asks for. No personal data."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("format"), tr("json or pdf."), QStringLiteral("FORMAT"), true);
    cmd.addOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"), true);
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources());
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;
    const QString format = cmd.value(QStringLiteral("format")).toLower();
    if (format != u"json" && format != u"pdf")
        return cmd.usageError(tr("--format must be json or pdf"));
    std::unique_ptr<Store> store;
    if (const auto exitCode
        = StoreAccess::open(StoreAccess::absolutePath(cmd.value(StoreOption)), cmd.value(PassphraseFileOption), store))
        return *exitCode;
    const auto agreement = AgreementCatalog::builtIn(store->organisation().agreementId);
    if (!agreement)
        return reportError(agreement.error());
    auto reg = ProcessingRegister::collect(*store, agreement.value());
    if (!reg)
        return reportError(reg.error());
    const QString out = StoreAccess::absolutePath(cmd.value(QStringLiteral("out")));
    if (format == u"pdf") {
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
