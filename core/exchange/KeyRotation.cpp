#include "core/exchange/KeyRotation.h"

#include <sodium.h>

namespace inbeeld {

QByteArray KeyRotation::signedMessage(const QByteArray& previousSigningKey, const QByteArray& newSigningKey,
                                      const QByteArray& newEncryptionKey)
{
    static const QByteArray label("InBeeld key rotation v1", 24); // with its terminating zero byte
    return label + previousSigningKey + newSigningKey + newEncryptionKey;
}

KeyRotation KeyRotation::sign(const QByteArray& previousSigningKey, const SecretBytes& previousSecretKey,
                              const QByteArray& newSigningKey, const QByteArray& newEncryptionKey)
{
    const QByteArray message = signedMessage(previousSigningKey, newSigningKey, newEncryptionKey);
    KeyRotation rotation;
    rotation.previousSigningKey = previousSigningKey;
    rotation.signature = QByteArray(int(crypto_sign_BYTES), Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(rotation.signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), std::size_t(message.size()),
                         previousSecretKey.data());
    return rotation;
}

bool KeyRotation::verify(const QByteArray& newSigningKey, const QByteArray& newEncryptionKey) const
{
    if (previousSigningKey.size() != int(crypto_sign_PUBLICKEYBYTES) || signature.size() != int(crypto_sign_BYTES))
        return false;
    const QByteArray message = signedMessage(previousSigningKey, newSigningKey, newEncryptionKey);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       std::size_t(message.size()),
                                       reinterpret_cast<const unsigned char*>(previousSigningKey.constData()))
        == 0;
}

} // namespace inbeeld
