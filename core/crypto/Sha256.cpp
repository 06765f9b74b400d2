#include "core/crypto/Sha256.h"

#include <openssl/evp.h>

namespace inbeeld {

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray digest(Size, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), reinterpret_cast<unsigned char*>(digest.data()), &size,
                   EVP_sha256(), nullptr)
            != 1
        || size != unsigned(Size)) {
        return {}; // libcrypto could not work at all: empty, which no stored digest equals
    }
    return digest;
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    m_failed = !m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1;
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::add(QByteArrayView data)
{
    if (!m_failed && EVP_DigestUpdate(m_context, data.data(), std::size_t(data.size())) != 1)
        m_failed = true;
}

QByteArray Sha256::finish()
{
    QByteArray digest(Size, Qt::Uninitialized);
    unsigned int size = 0;
    if (m_failed || EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char*>(digest.data()), &size) != 1
        || size != unsigned(Size)) {
        m_failed = true;
        return {};
    }
    return digest;
}

} // namespace inbeeld
