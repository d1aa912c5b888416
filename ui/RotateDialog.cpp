// RotateDialog: a table of the rotation's steps over the calls it makes.
#include "RotateDialog.h"

#include "KeyIdText.h"
#include "model/Feature.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyward::ui {

RotateDialog::RotateDialog(const QString &scope, const services::RotationPreview &preview, QWidget *parent)
    : QDialog(parent), m_preview(preview)
{
    setObjectName(QStringLiteral("rotateDialog"));
    setWindowTitle(tr("Rotate now"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Rotate %1</b>").arg(scope.toHtmlEscaped()), this);
    layout->addWidget(heading);
    auto *what = new QLabel(this);
    what->setWordWrap(true);
    what->setText(preview.steps.isEmpty()
                      ? tr("Nothing to rotate: no feature in scope has a feature key yet. Run Encrypt first.")
                      : tr("Each feature below gets a new version of its key; its feature keys are unwrapped with the "
                           "version they are under now and wrapped under the new one, then checked. A verification "
                           "runs after it."));
    layout->addWidget(what);

    m_table = new QTableWidget(int(preview.steps.size() + preview.skipped.size()), 5, this);
    m_table->setObjectName(QStringLiteral("rotationSteps"));
    m_table->setAccessibleName(tr("What the rotation does"));
    m_table->setHorizontalHeaderLabels(
        {tr("Workspace"), tr("Feature"), tr("Key"), tr("Moves off version"), tr("Feature keys re-wrapped")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    const auto addRow = [&](const services::RotationStep &s, const QString &fkText) {
        const QString version = s.currentVersion.isEmpty() ? tr("none") : KeyIdText::shortVersion(s.currentVersion);
        const QStringList cells{s.workspace, model::featureDisplayName(s.feature),
                                QStringLiteral("%1/%2").arg(s.store, s.key), version, fkText};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3)
                item->setToolTip(s.currentVersion);
            m_table->setItem(row, c, item);
        }
        ++row;
    };
    for (const services::RotationStep &s : preview.steps)
        addRow(s, s.resumeVersion.isEmpty() ? QString::number(s.featureKeys)
                                            : tr("%1 (into %2, made by an interrupted rotation)")
                                                  .arg(s.featureKeys)
                                                  .arg(KeyIdText::shortVersion(s.resumeVersion)));
    for (const services::RotationStep &s : preview.skipped)
        addRow(s, tr("skipped: no feature key yet"));
    layout->addWidget(m_table, 1);

    m_calls = new QLabel(this);
    m_calls->setObjectName(QStringLiteral("rotationCalls"));
    m_calls->setWordWrap(true);
    m_calls->setText(tr("No object is read or re-encrypted (%1 objects). Key-store calls: %2 new key versions, %3 "
                        "wrap and %4 unwrap calls (half of the unwraps check a wrap).")
                         .arg(preview.objectsReencrypted)
                         .arg(preview.newVersions)
                         .arg(preview.wrapCalls)
                         .arg(preview.unwrapCalls));
    layout->addWidget(m_calls);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *rotate = buttons->addButton(tr("&Rotate and verify"), QDialogButtonBox::AcceptRole);
    rotate->setObjectName(QStringLiteral("rotateConfirmButton"));
    rotate->setDefault(true);
    rotate->setEnabled(!preview.steps.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 360);
}

QString RotateDialog::callsText() const
{
    return m_calls->text();
}

} // namespace keyward::ui
