#include "crypto/Sha256.h"

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

} // namespace inbeeld
