#include "core/importing/FileHasher.h"

namespace inbeeld {

FileHasher::FileHasher(const QString& path)
    : m_file(path)
    , m_buffer(Piece, Qt::Uninitialized)
{
    m_failed = !m_file.open(QIODevice::ReadOnly);
}

bool FileHasher::step()
{
    if (m_failed || m_done)
        return false;
    const qint64 n = m_file.read(m_buffer.data(), m_buffer.size());
    if (n < 0) {
        m_failed = true;
        return false;
    }
    if (n == 0) {
        m_done = true;
        return false;
    }
    m_hash.add(QByteArrayView(m_buffer.constData(), n));
    return true;
}

QByteArray FileHasher::finish()
{
    while (step()) { }
    if (m_failed)
        return QByteArray();
    return m_hash.finish();
}

} // namespace inbeeld
