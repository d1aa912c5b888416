// KeyWizardStorePage: step 2 of the key wizard: the key store, and a new key's name or one of the store's keys.
#pragma once

#include "keystore/KeyStore.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace keyward::ui {

class KeyWizard;

class KeyWizardStorePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit KeyWizardStorePage(KeyWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void loadStores(const QString &select);
    void onStoreChanged();
    void onModeChanged();
    // Opens the store (which may ask for its passphrase or PIN) and lists its keys; once per store.
    void loadKeys();
    void addLocalVault();
    QString store() const;

    KeyWizard *m_wizard;
    QComboBox *m_store = nullptr;
    QPushButton *m_addVault = nullptr;
    QLabel *m_storeProblem = nullptr;
    QRadioButton *m_new = nullptr;
    QRadioButton *m_existing = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QTreeWidget *m_keys = nullptr;
    QLabel *m_keysNote = nullptr;
    QString m_listed; // the store whose keys m_keys shows
};

} // namespace keyward::ui
