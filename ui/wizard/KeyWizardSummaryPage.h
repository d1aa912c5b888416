// KeyWizardSummaryPage: step 5 of the key wizard: what Apply will do, in words; Apply makes and assigns the key.
#pragma once

#include <QWizardPage>

class QLabel;

namespace keyward::ui {

class KeyWizard;

class KeyWizardSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit KeyWizardSummaryPage(KeyWizard *wizard);

    void initializePage() override;
    // Applies; stays on the page with the reason when nothing could be changed.
    bool validatePage() override;
    int nextId() const override;

private:
    KeyWizard *m_wizard;
    QLabel *m_text = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace keyward::ui
