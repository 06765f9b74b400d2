#include "app/cli/StoreAccess.h"

#include "app/cli/CommandLine.h"

#include <QDir>
#include <QFileInfo>

namespace inbeeld::cli {

QString StoreAccess::absolutePath(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString StoreAccess::displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

std::optional<int> StoreAccess::checkStoreExists(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return reportFailure(tr("no store found at %1").arg(displayPath(path)));
    if (!info.isFile())
        return reportFailure(tr("%1 is not a file").arg(displayPath(path)));
    if (!Store::looksLikeStore(path))
        return reportFailure(tr("%1 is not an InBeeld store").arg(displayPath(path)));
    return std::nullopt;
}

PassphraseInput::Source StoreAccess::existingPassphraseSource(const QString& passphraseFile, const QString& path)
{
    PassphraseInput::Source source;
    source.file = passphraseFile;
    source.fileOption = QStringLiteral("--passphrase-file");
    source.environmentName = QByteArrayLiteral("INBEELD_PASSPHRASE");
    source.prompt = tr("Passphrase for %1: ").arg(displayPath(path));
    return source;
}

std::optional<int> StoreAccess::readPassphrase(const PassphraseInput::Source& source, SecretBytes& out)
{
    Result<SecretBytes> passphrase = PassphraseInput::read(source);
    if (!passphrase)
        return reportFailure(passphrase.message(),
                             passphrase.code() == Error::Code::InvalidInput ? ExitUsage : ExitFailure);
    out = passphrase.takeValue();
    return std::nullopt;
}

std::optional<int> StoreAccess::readNewPassphrase(const QString& file, const QString& fileOption,
                                                  const QByteArray& environmentName, const QString& path,
                                                  SecretBytes& out, const QStringList& extraWords)
{
    PassphraseInput::Source source;
    source.file = file;
    source.fileOption = fileOption;
    source.environmentName = environmentName;
    source.prompt = tr("New passphrase for %1: ").arg(displayPath(path));
    source.confirmPrompt = tr("Repeat the new passphrase: ");
    if (const auto exitCode = readPassphrase(source, out))
        return exitCode;
    if (const Result<void> rules = PassphraseInput::checkNew(out, extraWords); !rules)
        return reportError(rules.error());
    return std::nullopt;
}

} // namespace inbeeld::cli
