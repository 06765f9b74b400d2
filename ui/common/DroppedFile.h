#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace inbeeld {

/// The one local file dropped on a window, if its suffix is one of suffixes (lower case, without
/// the dot; compared case-insensitively); empty for several files, a remote URL or another suffix.
QString droppedFile(const QMimeData* data, const QStringList& suffixes);

} // namespace inbeeld
