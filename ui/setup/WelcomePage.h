#pragma once

#include <QWizardPage>

namespace inbeeld {

/// First page of the setup wizard: what InBeeld keeps, and what the user needs at hand.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
};

} // namespace inbeeld
