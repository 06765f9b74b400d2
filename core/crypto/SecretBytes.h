#pragma once

#include <QByteArray>
#include <cstddef>

namespace inbeeld {

/// Bytes that must not linger: keys and passphrases. Held in guarded, locked memory
/// (sodium_malloc) and wiped when released. Copies are explicit (clone()).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    /// Copies from data and wipes the source QByteArray afterwards when wipeSource is true.
    static SecretBytes fromByteArray(QByteArray& data, bool wipeSource = true);
    /// UTF-8 of the text in Unicode normalisation form C (passphrases).
    static SecretBytes fromUtf8(const QString& text);
    static SecretBytes random(std::size_t size);
    /// Parses lowercase/uppercase hex; returns an empty value when the text is not hex of the given size.
    static SecretBytes fromHex(const QByteArray& hex, std::size_t expectedSize);

    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    SecretBytes clone() const;
    /// Hex text in secret memory (for SQLCipher's x'..' key syntax or the keychain).
    SecretBytes toHex() const;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecretBytes& other) const;
    void wipe();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

/// Overwrites a QByteArray/QString buffer in place (for temporaries that held secrets).
void wipe(QByteArray& data);
void wipe(QString& text);
/// Zeroes the buffer in place even when it is shared; for callers whose other holders are done.
void wipeShared(QByteArray& data);
void wipeShared(QString& text);

} // namespace inbeeld
