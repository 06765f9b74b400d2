#include "ui/common/SecretText.h"

#include <QLineEdit>

namespace inbeeld {

SecretBytes readSecret(const QLineEdit* edit)
{
    QString text = edit->text();
    SecretBytes secret = SecretBytes::fromUtf8(text);
    wipe(text);
    return secret;
}

SecretBytes takeSecret(QLineEdit* edit)
{
    QString text = edit->text();
    SecretBytes secret = SecretBytes::fromUtf8(text);
    // The field is cleared next, so its own copy of the passphrase may be zeroed with ours.
    wipeShared(text);
    edit->clear();
    return secret;
}

} // namespace inbeeld
