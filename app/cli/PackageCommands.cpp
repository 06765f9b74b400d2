#include "PackageCommands.h"

#include "CommandLine.h"
#include "StoreAccess.h"
#include "exchange/Fingerprint.h"
#include "exchange/PackageReader.h"
#include "exchange/PackageWriter.h"
#include "exchange/PartnerTrust.h"
#include "storage/Store.h"

namespace inbeeld::cli {

namespace {

const QString StoreOption = QStringLiteral("store");
const QString PassphraseFileOption = QStringLiteral("passphrase-file");

QString countsText(const QMap<QString, qint64>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString PackageCommands::helpText()
{
    return tr("Usage: %1 package <command> [options]\n"
              "Signed, encrypted exchange packages between partners of the agreement.\n"
              "\n"
              "Commands:\n"
              "  export FILE  Write the quarterly package of our newest list for a pinned partner\n"
              "  open FILE    Check a partner's package and store it as the partner's list\n"
              "\n"
              "Run '%1 package <command> --help' for the options of a command.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::exitCodes();
}

int PackageCommands::run(const QStringList& arguments)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == QStringLiteral("--help") || subcommand == QStringLiteral("-h")
        || subcommand == QStringLiteral("help")) {
        printOut(helpText());
        return ExitSuccess;
    }
    if (subcommand == QStringLiteral("export"))
        return exportPackage(arguments.mid(1));
    if (subcommand == QStringLiteral("open"))
        return open(arguments.mid(1));
    const QString problem = subcommand.isEmpty() ? tr("missing command: export or open")
                                                 : tr("unknown command '%1': use export or open").arg(subcommand);
    printErr(programName() + QStringLiteral(" package: ") + problem);
    printErr(tr("Run '%1 package --help' for more information.").arg(programName()));
    return ExitUsage;
}

int PackageCommands::exportPackage(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("package export"),
                    QStringLiteral("package export FILE --store PATH --to PARTNER [--kind quarterly] "
                                   "[--quarter 2026Q3] [--passphrase-file FILE]"),
                    tr("Write the quarterly package for a pinned partner: the records of our newest own list, with "
                       "per category only the fields the agreement allows, covered by the standing decision "
                       "(record it with 'decisions standing'). The file is signed, encrypted to the partner and to "
                       "us, read back and checked before this reports success."));
    cmd.addPositional(QStringLiteral("FILE"), tr("The package file to write (for example 2026Q3.inbeeld)."));
    cmd.addOption(QStringLiteral("to"), tr("The partner: its organisation name or fingerprint (see 'partner list')."),
                  QStringLiteral("PARTNER"), true);
    cmd.addOption(QStringLiteral("kind"), tr("The kind of package; only quarterly for now."), QStringLiteral("KIND"));
    cmd.addOption(QStringLiteral("quarter"), tr("The quarter, as 2026Q3 (default: the current quarter)."),
                  QStringLiteral("QUARTER"));
    cmd.addStoreOption(tr("The store file."));
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources());
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;
    if (cmd.positional().isEmpty())
        return cmd.usageError(tr("missing the FILE to write the package to"));
    if (cmd.isSet(QStringLiteral("kind")) && cmd.value(QStringLiteral("kind")) != u"quarterly")
        return cmd.usageError(
            tr("unknown --kind '%1': only quarterly packages can be made yet").arg(cmd.value(QStringLiteral("kind"))));
    const QString quarter = cmd.isSet(QStringLiteral("quarter"))
        ? cmd.value(QStringLiteral("quarter")).trimmed().toUpper()
        : PackageWriter::quarterOf(QDate::currentDate());
    if (!PackageManifest::isValidQuarter(quarter))
        return cmd.usageError(tr("--quarter '%1' is not of the form 2026Q3").arg(quarter));

    std::unique_ptr<Store> store;
    if (const auto exitCode
        = StoreAccess::open(StoreAccess::absolutePath(cmd.value(StoreOption)), cmd.value(PassphraseFileOption), store))
        return *exitCode;
    const auto partners = PartnerTrust(*store).partners();
    if (!partners)
        return reportError(partners.error());
    const QString to = cmd.value(QStringLiteral("to"));
    std::optional<Partner> partner;
    for (const Partner& p : partners.value()) {
        if (p.organisation.compare(to, Qt::CaseInsensitive) == 0 || Fingerprint::matches(to, p.fingerprint))
            partner = p;
    }
    if (!partner) {
        return reportFailure(tr("'%1' is not a pinned partner. See '%2 partner list' for the partners, or add one "
                                "with '%2 partner add'.")
                                 .arg(to, programName()));
    }
    auto written = PackageWriter(*store).writeQuarterly(*partner, quarter, StoreAccess::absolutePath(cmd.positional()));
    if (!written)
        return reportError(written.error());
    const PackageSummary& s = written.value();
    printOut(tr("Package written and checked: %1").arg(s.path));
    printOut(tr("For: %1 (%2)").arg(partner->organisation, partner->fingerprint));
    printOut(tr("Package id: %1").arg(s.manifest.packageId));
    printOut(tr("Sequence: %1").arg(s.manifest.sequence));
    printOut(tr("Quarter: %1").arg(s.manifest.quarter));
    printOut(tr("Records: %1").arg(countsText(s.counts)));
    printOut(tr("SHA-256: %1").arg(QString::fromLatin1(s.packageSha256.toHex())));
    return ExitSuccess;
}

int PackageCommands::open(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("package open"),
                    QStringLiteral("package open FILE --store PATH [--passphrase-file FILE]"),
                    tr("Check a package from a pinned partner (signatures, encryption to us, hashes, sequence, the "
                       "agreement's fields) and store its records as a new snapshot of the partner's list. A "
                       "refused package stores nothing; the message says why."));
    cmd.addPositional(QStringLiteral("FILE"), tr("The package file the partner sent."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources());
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;
    if (cmd.positional().isEmpty())
        return cmd.usageError(tr("missing the package FILE to open"));

    std::unique_ptr<Store> store;
    if (const auto exitCode
        = StoreAccess::open(StoreAccess::absolutePath(cmd.value(StoreOption)), cmd.value(PassphraseFileOption), store))
        return *exitCode;
    auto opened = PackageReader(*store).open(StoreAccess::absolutePath(cmd.positional()));
    if (!opened)
        return reportError(opened.error());
    const OpenedPackage& o = opened.value();
    printOut(tr("Package accepted from: %1 (%2)").arg(o.sender, o.manifest.senderFingerprint));
    printOut(tr("Package id: %1").arg(o.manifest.packageId));
    printOut(tr("Sequence: %1").arg(o.manifest.sequence));
    printOut(tr("Quarter: %1").arg(o.manifest.quarter));
    printOut(tr("Records: %1").arg(countsText(o.counts)));
    printOut(tr("Stored as snapshot %1 (partner's list).").arg(o.snapshotId));
    return ExitSuccess;
}

} // namespace inbeeld::cli
