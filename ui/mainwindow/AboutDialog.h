#pragma once

#include <QDialog>

class QTabWidget;

namespace inbeeld {

/// Help > About InBeeld: what the program is, its version and commit, and the texts its licence
/// and its libraries' licences require to travel with it: the EUPL-1.2 and the third-party
/// notices, both compiled in from the repository's LICENSE and THIRD-PARTY.md.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The licence text and the third-party notices as shown (empty when the resource is missing).
    static QString licenceText();
    static QString thirdPartyText();

private:
    QTabWidget* m_tabs;
};

} // namespace inbeeld
