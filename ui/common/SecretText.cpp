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
    SecretBytes secret = readSecret(edit);
    edit->clear();
    return secret;
}

} // namespace inbeeld
