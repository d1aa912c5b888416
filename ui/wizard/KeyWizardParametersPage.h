// KeyWizardParametersPage: step 3 of the key wizard, for a new key: its type and size, an expiry date, and a
// rotation-policy preset with its periods.
#pragma once

#include "keystore/KeyStore.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace keyward::ui {

class KeyWizard;

class KeyWizardParametersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit KeyWizardParametersPage(KeyWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Refuses what KeyService refuses, with its reason beside the field it is about.
    bool validatePage() override;
    int nextId() const override;

private:
    keystore::CreateKeyRequest request() const;
    void updatePeriod();
    void clearProblems();

    KeyWizard *m_wizard;
    QString m_typesOf; // the store whose key types the combo holds
    QComboBox *m_type = nullptr;
    QLabel *m_typeProblem = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_expiry = nullptr;
    QLabel *m_expiryProblem = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_firstExpiry = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace keyward::ui
