// EvidenceDialog: one compliance finding with what proves it: the control (id, framework, reference, title and
// rationale), the finding (outcome, severity, workspace, feature, the data types it affects, subject, summary,
// remediation) and the evidence (key id, store, key and version, its dates, the job that measured it and any
// other values), every value selectable, and a Copy button that puts the whole as plain text on the clipboard.
#pragma once

#include "compliance/ComplianceModel.h"

#include <QDialog>

class QFormLayout;

namespace keyward::ui {

class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EvidenceDialog(const compliance::Finding &finding, QWidget *parent = nullptr);
    const compliance::Finding &finding() const { return m_finding; }
    // What Copy puts on the clipboard: one "Label: value" line per field, under a heading per section.
    QString plainText() const { return m_plain; }
    // Puts plainText() on the clipboard.
    void copy();

private:
    void addSection(QFormLayout *form, const QString &title);
    void addRow(QFormLayout *form, const QString &label, const QString &value, const char *name);

    compliance::Finding m_finding;
    QString m_plain;
};

} // namespace keyward::ui
