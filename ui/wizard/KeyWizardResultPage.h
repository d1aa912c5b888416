// KeyWizardResultPage: the last step of the key wizard: what Apply made and assigned, what it could not, and the
// offer to encrypt the workspace at once.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace keyward::ui {

class KeyWizard;

class KeyWizardResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit KeyWizardResultPage(KeyWizard *wizard);

    void initializePage() override;
    int nextId() const override { return -1; }
    bool encryptRequested() const;

private:
    KeyWizard *m_wizard;
    QLabel *m_text = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_encrypt = nullptr;
};

} // namespace keyward::ui
