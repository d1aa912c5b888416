// KeyWizardStorePage: the registry's stores (and a new local vault made from here), a new key's name checked
// against the store's keys and the deleted keys it keeps, or the list of its keys with their newest version.
#include "KeyWizardStorePage.h"

#include "KeyWizard.h"
#include "WizardWidgets.h"
#include "services/Messages.h"
#include "services/StoreService.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

constexpr int NameRole = Qt::UserRole;

QString dateText(const std::optional<QDateTime> &t)
{
    return t ? QLocale().toString(t->toUTC().date(), QLocale::ShortFormat) : KeyWizardStorePage::tr("never");
}

} // namespace

KeyWizardStorePage::KeyWizardStorePage(KeyWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("storePage"));
    setTitle(tr("Key store and key"));
    setSubTitle(tr("Choose where the key lives, and whether to create a new key or use one the store holds."));

    auto *layout = new QVBoxLayout(this);
    auto *storeRow = new QHBoxLayout;
    auto *storeLabel = new QLabel(tr("&Key store:"), this);
    m_store = new QComboBox(this);
    m_store->setObjectName(QStringLiteral("storeCombo"));
    m_store->setAccessibleName(tr("Key store"));
    m_store->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    storeLabel->setBuddy(m_store);
    m_addVault = new QPushButton(tr("Add a local &vault..."), this);
    m_addVault->setObjectName(QStringLiteral("addVaultButton"));
    m_addVault->setAccessibleName(tr("Add a local vault"));
    m_addVault->setToolTip(tr("A new vault file in the data directory, its master key in the OS keychain, with soft "
                              "delete and purge protection on"));
    storeRow->addWidget(storeLabel);
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(m_addVault);
    layout->addLayout(storeRow);
    m_storeProblem = makeProblemLabel(this, QStringLiteral("storeProblem"));
    layout->addWidget(m_storeProblem);

    auto *modes = new QButtonGroup(this);
    m_new = new QRadioButton(tr("Create a &new key"), this);
    m_new->setObjectName(QStringLiteral("newKeyRadio"));
    m_new->setAccessibleName(tr("Create a new key"));
    m_existing = new QRadioButton(tr("Use an &existing key"), this);
    m_existing->setObjectName(QStringLiteral("existingKeyRadio"));
    m_existing->setAccessibleName(tr("Use an existing key"));
    modes->addButton(m_new);
    modes->addButton(m_existing);
    layout->addSpacing(6);
    layout->addWidget(m_new);
    auto *nameForm = new QFormLayout;
    nameForm->setContentsMargins(24, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("keyNameEdit"));
    m_name->setAccessibleName(tr("New key name"));
    m_name->setPlaceholderText(tr("e.g. workspace-cmk"));
    m_name->setMaxLength(127);
    m_nameProblem = makeProblemLabel(this, QStringLiteral("keyNameProblem"));
    auto *nameField = new QVBoxLayout; // the refusal right under the name
    nameField->setSpacing(2);
    nameField->addWidget(m_name);
    nameField->addWidget(m_nameProblem);
    auto *nameLabel = new QLabel(tr("N&ame:"), this);
    nameLabel->setBuddy(m_name); // QFormLayout sets buddies only for widget fields
    nameForm->addRow(nameLabel, nameField);
    layout->addLayout(nameForm);
    layout->addWidget(m_existing);
    m_keys = new QTreeWidget(this);
    m_keys->setObjectName(QStringLiteral("existingKeyList"));
    m_keys->setAccessibleName(tr("Keys in the store"));
    m_keys->setRootIsDecorated(false);
    m_keys->setUniformRowHeights(true);
    m_keys->setHeaderLabels({tr("Name"), tr("Type"), tr("State"), tr("Expires"), tr("Newest version")});
    m_keys->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keys->header()->setMinimumSectionSize(90); // room around short words ("AES-256", "never")
    m_keys->header()->setStretchLastSection(true);
    auto *keysBox = new QVBoxLayout;
    keysBox->setContentsMargins(24, 0, 0, 0);
    keysBox->addWidget(m_keys, 1);
    m_keysNote = new QLabel(this);
    m_keysNote->setObjectName(QStringLiteral("existingKeyNote"));
    m_keysNote->setWordWrap(true);
    keysBox->addWidget(m_keysNote);
    layout->addLayout(keysBox, 1);

    (m_wizard->start() == KeyWizard::Start::ExistingKey ? m_existing : m_new)->setChecked(true);
    connect(m_store, &QComboBox::currentIndexChanged, this, &KeyWizardStorePage::onStoreChanged);
    connect(m_new, &QRadioButton::toggled, this, &KeyWizardStorePage::onModeChanged);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        showProblem(m_nameProblem, {});
        emit completeChanged();
    });
    connect(m_keys, &QTreeWidget::currentItemChanged, this, &QWizardPage::completeChanged);
    connect(m_keys, &QTreeWidget::itemDoubleClicked, this, [this] { m_wizard->next(); });
    connect(m_addVault, &QPushButton::clicked, this, &KeyWizardStorePage::addLocalVault);
    onModeChanged();
}

QString KeyWizardStorePage::store() const
{
    return m_store->currentText();
}

void KeyWizardStorePage::initializePage()
{
    loadStores(m_wizard->plan().store);
}

void KeyWizardStorePage::loadStores(const QString &select)
{
    auto stores = m_wizard->context().registry().list();
    {
        const QSignalBlocker block(m_store);
        m_store->clear();
        if (stores)
            for (const keystore::StoreConfig &c : *stores)
                m_store->addItem(c.name);
        m_store->setCurrentIndex(qMax(0, m_store->findText(select)));
    }
    m_listed.clear();
    onStoreChanged();
    if (!stores)
        showProblem(m_storeProblem, services::Messages::full(stores.error()));
    else if (stores->isEmpty())
        showProblem(m_storeProblem, tr("There is no key store yet: add a local vault, or add a PKCS#11 token, an Azure "
                                       "Key Vault or a Managed HSM with 'keywardctl store add'."));
}

void KeyWizardStorePage::onStoreChanged()
{
    showProblem(m_storeProblem, {});
    showProblem(m_nameProblem, {});
    m_keys->clear();
    m_keysNote->clear();
    m_listed.clear();
    if (m_existing->isChecked())
        loadKeys();
    else
        onModeChanged();
    emit completeChanged();
}

void KeyWizardStorePage::onModeChanged()
{
    const bool fresh = m_new->isChecked();
    m_name->setEnabled(fresh);
    m_keys->setEnabled(!fresh);
    if (!fresh && m_listed != store())
        loadKeys();
    if (fresh) {
        m_name->setFocus();
        if (m_listed.isEmpty())
            m_keysNote->setText(tr("The store's keys are listed when you choose to use one; opening the store may "
                                   "ask for its passphrase or PIN."));
    }
    emit completeChanged();
}

void KeyWizardStorePage::loadKeys()
{
    if (store().isEmpty())
        return;
    m_keys->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto keys = services::KeyService(m_wizard->context()).keys(store());
    QApplication::restoreOverrideCursor();
    m_listed = store();
    if (!keys) {
        showProblem(m_storeProblem, services::Messages::full(keys.error()));
        m_listed.clear(); // try again when asked again (a cancelled passphrase prompt, say)
        return;
    }
    const QString previous = m_wizard->plan().existingKey;
    for (const keystore::KeyVersionInfo &k : *keys) {
        auto *item =
            new QTreeWidgetItem(m_keys, {k.name, QStringLiteral("%1-%2").arg(keystore::keyKindName(k.kind)).arg(k.bits),
                                         k.enabled ? tr("enabled") : tr("disabled"), dateText(k.expires), k.version});
        item->setData(0, NameRole, k.name);
        if (k.name == previous)
            m_keys->setCurrentItem(item);
    }
    if (!m_keys->currentItem() && m_keys->topLevelItemCount() == 1)
        m_keys->setCurrentItem(m_keys->topLevelItem(0));
    m_keysNote->setText(keys->isEmpty() ? tr("The store holds no keys yet: create a new one.")
                                        : tr("The newest version of the key is assigned; the check list tells whether "
                                             "it can protect the workspace."));
    emit completeChanged();
}

void KeyWizardStorePage::addLocalVault()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addVaultDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add a local vault"));
    dialog->setLabelText(tr("Name of the new vault (letters, digits or dashes):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        services::AddLocalStoreRequest request;
        request.name = text.trimmed();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto added = services::StoreService(m_wizard->context()).addLocal(request);
        QApplication::restoreOverrideCursor();
        if (!added) {
            showProblem(m_storeProblem, services::Messages::full(added.error()));
            return;
        }
        loadStores(request.name);
    });
    dialog->open();
}

bool KeyWizardStorePage::isComplete() const
{
    if (store().isEmpty())
        return false;
    if (m_new->isChecked())
        return !m_name->text().trimmed().isEmpty();
    return m_keys->currentItem() != nullptr;
}

bool KeyWizardStorePage::validatePage()
{
    KeyWizardPlan &plan = m_wizard->plan();
    plan.store = store();
    plan.newKey = m_new->isChecked();
    if (!plan.newKey) {
        plan.existingKey = m_keys->currentItem() ? m_keys->currentItem()->data(0, NameRole).toString() : QString();
        return !plan.existingKey.isEmpty();
    }
    const QString name = m_name->text().trimmed();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status free = services::KeyService(m_wizard->context()).checkNameFree(plan.store, name);
    QApplication::restoreOverrideCursor();
    if (!free) {
        // The name's own refusals go beside the name; a store that cannot be opened, beside the store.
        const Reason r = free.error().reason;
        const bool nameFault =
            r == Reason::KeyNameInvalid || r == Reason::KeyExists || r == Reason::KeyNameHeldByDeleted;
        showProblem(nameFault ? m_nameProblem : m_storeProblem, services::Messages::full(free.error()));
        return false;
    }
    plan.key.name = name;
    return true;
}

int KeyWizardStorePage::nextId() const
{
    return m_new->isChecked() ? KeyWizard::KeyParametersPageId : KeyWizard::PreflightPageId;
}

} // namespace keyward::ui
