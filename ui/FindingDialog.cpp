// FindingDialog: a form of the finding's facts, every value selectable so it can be copied.
#include "FindingDialog.h"

#include "model/DataTypeCatalogue.h"
#include "services/JobText.h"
#include "services/Messages.h"
#include "util/SafeFile.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

// Names from data (objects, files, details) with control characters and bidirectional overrides spelled out: a
// label must show what the name is, not what it makes the text look like.
QLabel *value(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(terminalSafe(text), parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString areaName(model::Area area)
{
    switch (area) {
    case model::Area::ControlPlane:
        return FindingDialog::tr("control plane");
    case model::Area::Root:
        return FindingDialog::tr("workspace root storage (DBFS root)");
    case model::Area::Disks:
        return FindingDialog::tr("managed disks of classic compute");
    case model::Area::Serverless:
        return FindingDialog::tr("serverless compute");
    }
    return {};
}

} // namespace

FindingDialog::FindingDialog(const jobs::JobFinding &finding, const Result<services::FindingPlace> &place,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(tr("Finding: %1").arg(services::JobText::findingName(finding.kind)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    form->addRow(tr("Finding:"), value(tr("%1 (%2)").arg(services::JobText::findingName(finding.kind),
                                                         jobs::findingKindName(finding.kind)),
                                       "findingKind", this));
    form->addRow(tr("Detail:"), value(finding.detail, "findingDetail", this));
    form->addRow(tr("Object:"), value(finding.object.isEmpty() ? tr("(the workspace as a whole)") : finding.object,
                                      "findingObject", this));

    QString dataType = tr("none: the object lies outside every data type's folder, so no key covers it");
    QString feature;
    if (place && place->objectClass) {
        const model::ObjectClass &c = *place->objectClass;
        const model::DataType *type = model::DataTypeCatalogue::find(c.dataTypeId);
        dataType = type ? tr("%1 (%2)").arg(type->displayName(), c.dataTypeId) : c.dataTypeId;
        feature = c.feature == model::Feature::Platform
                      ? tr("%1: no customer key can apply").arg(model::featureDisplayName(c.feature))
                      : model::featureDisplayName(c.feature);
        dataType += QLatin1Char('\n') + tr("in %1, folder %2").arg(areaName(c.area), c.folder);
    }
    if (!finding.object.isEmpty()) {
        form->addRow(tr("Data type:"), value(dataType, "findingDataType", this));
        form->addRow(tr("Key feature:"), value(feature.isEmpty() ? tr("none") : feature, "findingFeature", this));
    }

    // The segment: its index, and where it lies once the object's header was read.
    QString segment = tr("none named: the finding is about the object as a whole");
    if (finding.segment >= 0) {
        const QLocale locale;
        segment = tr("segment %1 (counted from 0)").arg(finding.segment);
        if (place && place->segmentSize) {
            const qint64 size = *place->segmentSize;
            segment += QLatin1Char('\n') + tr("plaintext bytes %1 to %2 (segments of %3)")
                                               .arg(locale.toString(finding.segment * size),
                                                    locale.toString((finding.segment + 1) * size - 1),
                                                    services::JobText::bytes(size));
            if (place->segmentCount)
                segment += QLatin1Char('\n') + tr("the object has %n segment(s)", nullptr, int(*place->segmentCount));
        }
        if (place && place->storedOffset && place->storedLength)
            segment += QLatin1Char('\n') + tr("stored at bytes %1 to %2 of the object (ciphertext and tag)")
                                               .arg(locale.toString(*place->storedOffset),
                                                    locale.toString(*place->storedOffset + *place->storedLength - 1));
    }
    form->addRow(tr("Segment:"), value(segment, "findingSegment", this));

    if (!place) {
        form->addRow(tr("Where:"), value(services::Messages::full(place.error()), "findingPlaceError", this));
    } else if (!place->localPath.isEmpty()) {
        form->addRow(tr("File:"), value(place->localPath, "findingFile", this));
        m_folder = QFileInfo(place->localPath).absolutePath();
    } else if (!finding.object.isEmpty()) {
        form->addRow(tr("Store:"), value(place->storeLocation, "findingStore", this));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("findingButtons"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeFindingButton"));
    close->setAccessibleName(tr("Close the finding's details"));
    if (!m_folder.isEmpty()) {
        QPushButton *open = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
        open->setObjectName(QStringLiteral("openFolderButton"));
        open->setAccessibleName(tr("Open the folder that holds the object"));
        open->setEnabled(QFileInfo::exists(m_folder));
        connect(open, &QPushButton::clicked, this,
                [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

} // namespace keyward::ui
