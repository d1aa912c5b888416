// KeyWizardParametersPage: the key types the store offers, the optional expiry date and the rotation presets.
#include "KeyWizardParametersPage.h"

#include "KeyWizard.h"
#include "WizardWidgets.h"
#include "services/Messages.h"
#include "util/Input.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace keyward::ui {

using services::KeyType;
using services::RotationPresetId;

namespace {

// A field with the words about it right under it.
template <typename Field> QVBoxLayout *withProblem(Field *field, QLabel *below)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    if constexpr (std::is_base_of_v<QLayout, Field>)
        box->addLayout(field);
    else
        box->addWidget(field);
    box->addWidget(below);
    return box;
}

// A form label whose mnemonic moves to `buddy` (QFormLayout sets buddies only for widget fields).
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

KeyWizardParametersPage::KeyWizardParametersPage(KeyWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("keyParametersPage"));
    setTitle(tr("Key parameters"));
    setSubTitle(tr("The kind of key the store makes, when it expires, and how often it is rotated."));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("keyTypeCombo"));
    m_type->setAccessibleName(tr("Key type and size"));
    m_typeProblem = makeProblemLabel(this, QStringLiteral("keyTypeProblem"));
    form->addRow(buddyLabel(tr("&Type and size:"), m_type), withProblem(m_type, m_typeProblem));

    auto *expiryRow = new QHBoxLayout;
    m_expires = new QCheckBox(tr("&Expires on"), this);
    m_expires->setObjectName(QStringLiteral("expiryCheck"));
    m_expires->setAccessibleName(tr("The key expires on a date"));
    m_expiry = new QDateEdit(this);
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setAccessibleName(tr("Expiry date"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setDateRange(QDate(1970, 1, 1), QDate(9999, 12, 31)); // the years input::dateTime takes
    m_expiry->setEnabled(false);
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry);
    expiryRow->addStretch(1);
    m_expiryProblem = makeProblemLabel(this, QStringLiteral("expiryProblem"));
    form->addRow(tr("Expiry:"), withProblem(expiryRow, m_expiryProblem));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("rotationPresetCombo"));
    m_preset->setAccessibleName(tr("Rotation policy"));
    for (const services::RotationPreset &p : services::rotationPresets())
        m_preset->addItem(services::Messages::rotationPresetName(p.id), int(p.id));
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("rotationPeriod"));
    m_period->setWordWrap(true);
    m_firstExpiry = new QLabel(this);
    m_firstExpiry->setObjectName(QStringLiteral("firstVersionExpiry"));
    m_firstExpiry->setWordWrap(true);
    auto *rotation = withProblem(m_preset, m_period);
    rotation->addWidget(m_firstExpiry);
    form->addRow(buddyLabel(tr("&Rotation:"), m_preset), rotation);
    layout->addLayout(form);
    m_problem = makeProblemLabel(this, QStringLiteral("parametersProblem"));
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    // Any change takes the last refusal away and shows what the choice means now.
    const auto changed = [this] {
        clearProblems();
        updatePeriod();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_preset, &QComboBox::currentIndexChanged, this, changed);
    connect(m_expires, &QCheckBox::toggled, this, changed);
    connect(m_expiry, &QDateEdit::dateChanged, this, changed);
}

void KeyWizardParametersPage::initializePage()
{
    const KeyWizardPlan &plan = m_wizard->plan();
    if (m_typesOf != plan.store) {
        // What this store can make: a token's mechanisms narrow the list.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto types = services::KeyService(m_wizard->context()).keyTypes(plan.store);
        QApplication::restoreOverrideCursor();
        const QSignalBlocker block(m_type);
        m_type->clear();
        if (types) {
            for (const KeyType &t : *types)
                m_type->addItem(services::Messages::keyType(t), QVariantList{int(t.kind), t.bits});
            m_typesOf = plan.store;
        }
        showProblem(m_typeProblem, types ? QString() : services::Messages::full(types.error()));
    }
    const QDate today = m_wizard->context().clock().now().toUTC().date();
    if (!m_expires->isChecked())
        m_expiry->setDate(today.addYears(2));
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(int(plan.preset))));
    updatePeriod();
    emit completeChanged();
}

keystore::CreateKeyRequest KeyWizardParametersPage::request() const
{
    keystore::CreateKeyRequest r = m_wizard->plan().key;
    const QVariantList type = m_type->currentData().toList();
    if (type.size() == 2) {
        r.kind = keystore::KeyKind(type.at(0).toInt());
        r.bits = type.at(1).toInt();
    }
    // A date means the start of that day in UTC: input::dateTime's rule, as keywardctl reads --expires.
    r.expires = std::nullopt;
    if (m_expires->isChecked()) {
        auto at = input::dateTime(tr("Expiry date"), m_expiry->date().toString(Qt::ISODate), {});
        r.expires = at ? at->utc : QDateTime(m_expiry->date(), QTime(0, 0), Qt::UTC);
    }
    return r;
}

void KeyWizardParametersPage::updatePeriod()
{
    const services::RotationPreset preset = services::rotationPreset(RotationPresetId(m_preset->currentData().toInt()));
    m_period->setText(services::Messages::rotationPresetPeriod(preset));
    const std::optional<QDateTime> first =
        services::KeyService::plannedExpiry(request(), preset.policy(), m_wizard->context().clock().now());
    m_firstExpiry->setText(
        first
            ? tr("The first version expires on %1.").arg(QLocale().toString(first->toUTC().date(), QLocale::LongFormat))
            : tr("The first version does not expire."));
}

void KeyWizardParametersPage::clearProblems()
{
    showProblem(m_expiryProblem, {});
    showProblem(m_problem, {});
    if (m_type->count() > 0)
        showProblem(m_typeProblem, {});
}

bool KeyWizardParametersPage::isComplete() const
{
    return m_type->count() > 0;
}

bool KeyWizardParametersPage::validatePage()
{
    clearProblems();
    const keystore::CreateKeyRequest r = request();
    const RotationPresetId preset = RotationPresetId(m_preset->currentData().toInt());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status ok = services::KeyService(m_wizard->context())
                          .checkCreate(m_wizard->plan().store, r, services::rotationPreset(preset).policy());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QLabel *beside = m_problem;
        switch (ok.error().reason) {
        case Reason::KeySizeInvalid:
        case Reason::KeyTypeNotOffered:
            beside = m_typeProblem;
            break;
        case Reason::KeyExpiryPassed:
        case Reason::KeyExpiryNotAfterNotBefore:
            beside = m_expiryProblem;
            break;
        default:
            break;
        }
        showProblem(beside, services::Messages::full(ok.error()));
        return false;
    }
    KeyWizardPlan &plan = m_wizard->plan();
    plan.key = r;
    plan.preset = preset;
    return true;
}

int KeyWizardParametersPage::nextId() const
{
    return KeyWizard::PreflightPageId;
}

} // namespace keyward::ui
