// KeyWizardPreflightPage: step 4 of the key wizard: the pre-flight check list of each chosen feature, every
// check passed, warned or failed, and under the table what is wrong and what to do; the wizard goes on only when
// none failed.
#pragma once

#include "model/Feature.h"
#include "services/Preflight.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace keyward::ui {

class CheckListModel;
class KeyWizard;

class KeyWizardPreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit KeyWizardPreflightPage(KeyWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // QWizard::next() does not ask isComplete(): the page refuses to be left while a check fails.
    bool validatePage() override { return isComplete(); }
    int nextId() const override;

    // Runs the check list of every chosen feature now and shows it (the page runs it once it is shown).
    void runChecks();
    bool hasRun() const { return m_ran; }
    const QList<QPair<model::Feature, services::CheckList>> &results() const;
    CheckListModel *model() const { return m_model; }

private:
    void showSummary();

    KeyWizard *m_wizard;
    CheckListModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_recheck = nullptr;
    QString m_error; // the check list could not be made at all
    bool m_ran = false;
    int m_pending = 0; // runs asked for by initializePage, not yet done
};

} // namespace keyward::ui
