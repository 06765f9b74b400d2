#include "app/cli/CommandLine.h"
#include "app/cli/LifecycleCommands.h"
#include "app/cli/StoreAccess.h"
#include "core/domain/Bsn.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace inbeeld::cli {

void LifecycleCli::addChildOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("bsn"), tr("The child's BSN."), QStringLiteral("BSN"));
    cmd.addOption(QStringLiteral("child"),
                  tr("The child's key for a child without a BSN, as 'case list' shows it (onr:… or name:…)."),
                  QStringLiteral("KEY"));
}

QString LifecycleCli::childKey(const CommandLine& cmd, int* exitCode)
{
    if (cmd.isSet(QStringLiteral("bsn"))) {
        const Result<Bsn> bsn = Bsn::parse(cmd.value(QStringLiteral("bsn")));
        if (!bsn) {
            *exitCode = cmd.usageError(tr("--bsn: %1").arg(bsn.message()));
            return {};
        }
        return QStringLiteral("bsn:") + bsn.value().toString();
    }
    const QString key = cmd.value(QStringLiteral("child")).trimmed();
    if (key.startsWith(u"onr:") || key.startsWith(u"name:") || key.startsWith(u"bsn:"))
        return key;
    *exitCode = cmd.usageError(tr("give the child with --bsn BSN (or --child KEY for a child without a BSN)."));
    return {};
}

void LifecycleCli::printJson(const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString LifecycleCli::writePrivateFile(const QString& path, const QByteArray& bytes)
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
