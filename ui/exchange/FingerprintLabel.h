#pragma once

#include <QFont>
#include <QLabel>

namespace inbeeld {

/// A fingerprint shown to be read aloud or compared: large monospace groups ("ABCD EFGH …"),
/// selectable, wrapping between groups only.
class FingerprintLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FingerprintLabel(QWidget* parent = nullptr);

    /// The fixed-width, enlarged font used for fingerprints everywhere in the window.
    static QFont fingerprintFont();
};

} // namespace inbeeld
