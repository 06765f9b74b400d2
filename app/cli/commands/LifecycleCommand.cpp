#include "app/cli/commands/LifecycleCommand.h"

#include "app/cli/StoreAccess.h"
#include "core/domain/Bsn.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <utility>

namespace inbeeld::cli {

LifecycleCommand::LifecycleCommand(Spec spec, Child child)
    : StoreCommand(std::move(spec))
    , m_child(child)
{
}

void LifecycleCommand::defineStoreOptions(CommandLine& cmd)
{
    if (m_child == Child::Required) {
        cmd.addOption(QStringLiteral("bsn"), tr("The child's BSN."), QStringLiteral("BSN"));
        cmd.addOption(QStringLiteral("child"),
                      tr("The child's key for a child without a BSN, as 'case list' shows it (onr:… or name:…)."),
                      QStringLiteral("KEY"));
    }
    defineCommandOptions(cmd);
    addJsonOption(cmd, tr("Print JSON instead of text."));
}

std::optional<int> LifecycleCommand::prepare(CommandLine& cmd)
{
    m_childKey.clear();
    if (m_child == Child::Required) {
        if (cmd.isSet(QStringLiteral("bsn"))) {
            const Result<Bsn> bsn = Bsn::parse(cmd.value(QStringLiteral("bsn")));
            if (!bsn)
                return cmd.usageError(tr("--bsn: %1").arg(bsn.message()));
            m_childKey = QStringLiteral("bsn:") + bsn.value().toString();
        } else {
            const QString key = cmd.value(QStringLiteral("child")).trimmed();
            if (!key.startsWith(u"onr:") && !key.startsWith(u"name:") && !key.startsWith(u"bsn:"))
                return cmd.usageError(tr("give the child with --bsn BSN (or --child KEY for a child without a BSN)."));
            m_childKey = key;
        }
    }
    return check(cmd);
}

int LifecycleCommand::done(const CommandLine& cmd, const QJsonValue& json, const QString& text)
{
    if (!Command::json(cmd))
        printOut(text);
    else if (json.isArray())
        printJson(json.toArray());
    else
        printJson(json.toObject());
    return ExitSuccess;
}

QString LifecycleCommand::writePrivateFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 could not be written: %2").arg(StoreAccess::displayPath(path), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1 could not be written: %2").arg(StoreAccess::displayPath(path), file.errorString());
    return {};
}

} // namespace inbeeld::cli
