#pragma once

#include "core/crypto/Sha256.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace inbeeld {

/// SHA-256 of a file, a piece at a time: the importing thread hashes while it waits for the
/// next batch of checked rows, so that hashing takes no processor time from reading and checking.
class FileHasher
{
public:
    explicit FileHasher(const QString& path);

    /// Hashes the next piece; false when the whole file is hashed (or cannot be read).
    bool step();

    /// Hashes what is left and returns the digest, or nothing when the file could not be read.
    QByteArray finish();

private:
    static constexpr qsizetype Piece = 256 * 1024; // under a millisecond: a waiting batch is not kept waiting long
    QFile m_file;
    QByteArray m_buffer;
    Sha256 m_hash; // OpenSSL's: about four times libsodium's portable SHA-256 here
    bool m_failed = false;
    bool m_done = false;
};

} // namespace inbeeld
