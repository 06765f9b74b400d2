#include "app/cli/Command.h"

#include "app/cli/StoreAccess.h"
#include "core/storage/Store.h"

#include <utility>

namespace inbeeld::cli {

namespace {

const QString StoreOption = QStringLiteral("store");
const QString PassphraseFileOption = QStringLiteral("passphrase-file");
const QString JsonOption = QStringLiteral("json");

} // namespace

Command::Command(Spec spec)
    : m_spec(std::move(spec))
{
}

int Command::run(const QStringList& arguments)
{
    CommandLine cmd(m_spec.name, m_spec.synopsis, m_spec.description);
    defineOptions(cmd);
    for (const QString& section : helpSections())
        cmd.addSection(section);
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;
    return execute(cmd);
}

void Command::addJsonOption(CommandLine& cmd, const QString& description)
{
    cmd.addOption(JsonOption, description);
}

bool Command::json(const CommandLine& cmd)
{
    return cmd.isSet(JsonOption);
}

QString StoreCommand::storeHelp() const
{
    return tr("The store file.");
}

QString StoreCommand::storePath(const CommandLine& cmd)
{
    return StoreAccess::absolutePath(cmd.value(StoreOption));
}

void StoreCommand::defineOptions(CommandLine& cmd)
{
    cmd.addStoreOption(storeHelp());
    defineStoreOptions(cmd);
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources());
}

int StoreCommand::execute(CommandLine& cmd)
{
    if (const auto exitCode = prepare(cmd))
        return *exitCode;
    const QString path = storePath(cmd);
    if (const auto exitCode = StoreAccess::checkStoreExists(path))
        return *exitCode;
    if (const auto exitCode = StoreAccess::readPassphrase(
            StoreAccess::existingPassphraseSource(cmd.value(PassphraseFileOption), path), m_passphrase))
        return *exitCode;
    Result<std::unique_ptr<Store>> opened = Store::open(path, m_passphrase);
    if (!opened) {
        m_passphrase.wipe();
        return reportError(opened.error());
    }
    const std::unique_ptr<Store> store = opened.takeValue();
    const int exitCode = executeWithStore(*store, cmd);
    m_passphrase.wipe();
    return exitCode;
}

} // namespace inbeeld::cli
