#include "ui/common/DroppedFile.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace inbeeld {

QString droppedFile(const QMimeData* data, const QStringList& suffixes)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return {};
    const QUrl url = data->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    return suffixes.contains(QFileInfo(path).suffix().toLower()) ? path : QString();
}

} // namespace inbeeld
