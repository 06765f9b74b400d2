#include "core/crypto/SecretBytes.h"

#include <QString>
#include <cstring>
#include <new>
#include <sodium.h>

namespace inbeeld {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

SecretBytes::SecretBytes(std::size_t size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecretBytes SecretBytes::fromByteArray(QByteArray& data, bool wipeSource)
{
    SecretBytes s(std::size_t(data.size()));
    if (!data.isEmpty())
        std::memcpy(s.m_data, data.constData(), std::size_t(data.size()));
    if (wipeSource)
        inbeeld::wipe(data);
    return s;
}

SecretBytes SecretBytes::fromUtf8(const QString& text)
{
    // NFC, so an accented passphrase gives the same bytes from a dialog, a file or a macOS terminal.
    QString normalized = text.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    inbeeld::wipe(normalized);
    return fromByteArray(utf8, true);
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s(size);
    if (size)
        randombytes_buf(s.m_data, size);
    return s;
}

SecretBytes SecretBytes::fromHex(const QByteArray& hex, std::size_t expectedSize)
{
    if (std::size_t(hex.size()) != expectedSize * 2)
        return {};
    SecretBytes s(expectedSize);
    std::size_t binLen = 0;
    if (sodium_hex2bin(s.m_data, expectedSize, hex.constData(), std::size_t(hex.size()), nullptr, &binLen, nullptr) != 0
        || binLen != expectedSize)
        return {};
    return s;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes SecretBytes::clone() const
{
    SecretBytes s(m_size);
    if (m_size)
        std::memcpy(s.m_data, m_data, m_size);
    return s;
}

SecretBytes SecretBytes::toHex() const
{
    // sodium_bin2hex writes a terminating NUL; keep it out of size() but inside the buffer.
    SecretBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2;
    return hex;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecretBytes::wipe()
{
    if (m_data)
        sodium_free(m_data); // zeroes before freeing
    m_data = nullptr;
    m_size = 0;
}

// Zeroes the bytes where they are when this is their only holder. A buffer still shared with
// another holder (a line edit's text, a stored item) is only let go: zeroing it would change the
// other holder's value under it. Static and raw data (literals) are not ours to write.
void wipe(QByteArray& data)
{
    if (!data.isEmpty() && !data.data_ptr().needsDetach())
        sodium_memzero(data.data_ptr().data(), std::size_t(data.size()));
    data.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && !text.data_ptr().needsDetach())
        sodium_memzero(text.data_ptr().data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

// Zeroes the bytes where they are also when the buffer is shared (a query's bound value or
// cached row, a widget's text about to be cleared): data() would detach and zero only a fresh
// copy, leaving the secret in the shared buffer until it is freed. Only for callers that know
// every other holder is done with the value.
void wipeShared(QByteArray& data)
{
    if (!data.isEmpty() && data.data_ptr().isMutable())
        sodium_memzero(const_cast<char*>(data.constData()), std::size_t(data.size()));
    data.clear();
}

void wipeShared(QString& text)
{
    if (!text.isEmpty() && text.data_ptr().isMutable())
        sodium_memzero(const_cast<QChar*>(text.constData()), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace inbeeld
