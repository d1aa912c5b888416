// JobProgressPanel: the runner's signals turned into a panel; the speed from a sliding window (ProgressRate).
#include "JobProgressPanel.h"

#include "CoverageStyle.h"
#include "services/JobText.h"
#include "services/Messages.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace keyward::ui {

JobProgressPanel::JobProgressPanel(jobs::JobRunner *runner, QWidget *parent) : QFrame(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("runningJobPanel"));
    setAccessibleName(tr("Running job"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(14);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runningJobTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("runningJobState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("runningJobProgress"));
    m_bar->setAccessibleName(tr("Progress of the running job"));
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_bar->setTextVisible(false); // until a job runs: an empty bar, not "0%"
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("runningJobCounts"));
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("runningJobRate"));
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("runningJobTimeLeft"));
    QPalette secondary = m_state->palette();
    secondary.setColor(QPalette::WindowText, CoverageStyle::secondaryText());
    for (QLabel *l : {m_counts, m_rate, m_eta})
        l->setPalette(secondary);

    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseJobButton"));
    m_pause->setAccessibleName(tr("Pause the running job"));
    m_pause->setToolTip(tr("Stop after the objects in flight, and go on later from there"));
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setAccessibleName(tr("Cancel the running job"));
    m_cancel->setToolTip(tr("Stop after the objects in flight; what is done stays done and the next job of this "
                            "kind carries on"));

    auto *figures = new QHBoxLayout;
    figures->setSpacing(18);
    figures->addWidget(m_counts);
    figures->addWidget(m_rate);
    figures->addWidget(m_eta);
    figures->addStretch(1);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_state, 0, 1, 1, 2);
    layout->addWidget(m_bar, 1, 0, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons, 1, 2);
    layout->addLayout(figures, 2, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &JobProgressPanel::tick);
    connect(m_runner, &jobs::JobRunner::started, this, &JobProgressPanel::onStarted);
    connect(m_runner, &jobs::JobRunner::progress, this, &JobProgressPanel::onProgress);
    connect(m_runner, &jobs::JobRunner::finished, this, &JobProgressPanel::onFinished);
    connect(m_pause, &QPushButton::clicked, this, &JobProgressPanel::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgressPanel::cancel);

    m_title->setText(tr("No job running"));
    m_state->setText(tr("Encrypt, verify or rotate from the Workspace menu or the toolbar; the job shows here."));
    refresh();
}

double JobProgressPanel::now() const
{
    return double(m_elapsed.nsecsElapsed()) / 1e9;
}

QString JobProgressPanel::rateText() const
{
    return m_rate->text();
}

QString JobProgressPanel::timeLeftText() const
{
    return m_eta->text();
}

void JobProgressPanel::onStarted()
{
    const jobs::Job *job = m_runner->job();
    m_kind = job ? job->kind() : jobs::JobKind::Encrypt;
    m_total = -1;
    m_paused = false;
    m_cancelling = false;
    m_speed.reset();
    m_elapsed.start();
    m_speed.add(now(), 0, 0);
    m_ticker.start();
    m_title->setText(job ? tr("%1 on %2").arg(services::JobText::kindName(m_kind), job->workspace())
                         : services::JobText::kindName(m_kind));
    m_state->setText(services::JobText::stateName(catalog::JobState::Running));
    m_bar->setRange(0, 0); // until the job knows its total
    m_bar->setTextVisible(true);
    refresh();
}

void JobProgressPanel::onProgress(qint64 done, qint64 total, qint64 bytes)
{
    if (!m_runner->isRunning())
        return;
    m_total = total;
    m_speed.add(now(), done, bytes);
    m_bar->setRange(0, 1000);
    m_bar->setValue(total > 0 ? int(qMin(done, total) * 1000 / total) : 0);
    refresh();
}

void JobProgressPanel::tick()
{
    if (m_runner->isRunning() && !m_paused)
        m_speed.add(now(), m_speed.done(), m_speed.bytes());
    refresh();
}

void JobProgressPanel::onFinished(const jobs::JobReport &report)
{
    m_ticker.stop();
    m_paused = false;
    m_cancelling = false;
    const QString state = services::JobText::stateName(report.state);
    m_title->setText(tr("Last job: %1").arg(services::JobText::kindName(report.kind)));
    m_state->setText(tr("%1. %2").arg(state, services::Messages::jobSummary(report)));
    if (report.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qMin(report.processed + report.skipped, report.total) * 1000 / report.total));
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(report.ok() ? 1000 : 0);
    }
    m_total = -1;
    m_rate->clear();
    m_eta->clear();
    refresh();
    m_counts->setText(report.total > 0
                          ? services::JobText::counts(report.kind, report.processed + report.skipped, report.total)
                          : QString());
}

void JobProgressPanel::togglePause()
{
    if (!m_runner->isRunning())
        return;
    m_paused = !m_paused;
    m_runner->setPaused(m_paused);
    // The speed before a pause says nothing about the speed after it.
    const qint64 done = m_speed.done(), bytes = m_speed.bytes();
    m_speed.reset();
    m_speed.add(now(), done, bytes);
    m_state->setText(m_paused ? tr("Paused after the objects in flight")
                              : services::JobText::stateName(catalog::JobState::Running));
    refresh();
}

void JobProgressPanel::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_cancelling = true;
    m_runner->cancel();
    m_state->setText(tr("Cancelling after the objects in flight..."));
    refresh();
}

void JobProgressPanel::refresh()
{
    const bool running = m_runner->isRunning();
    m_pause->setEnabled(running && !m_cancelling);
    m_cancel->setEnabled(running && !m_cancelling);
    m_pause->setText(m_paused ? tr("&Continue") : tr("&Pause"));
    m_pause->setAccessibleName(m_paused ? tr("Continue the paused job") : tr("Pause the running job"));
    m_bar->setEnabled(running);
    if (!running)
        return;
    if (m_total >= 0)
        m_counts->setText(services::JobText::counts(m_kind, m_speed.done(), m_total));
    const bool counting = services::JobText::countsObjects(m_kind) && !m_paused && m_total >= 0;
    m_rate->setText(counting ? services::JobText::rate(m_speed.unitsPerSecond(), m_speed.bytesPerSecond()) : QString());
    m_eta->setText(counting && m_speed.done() < m_total ? services::JobText::timeLeft(m_speed.secondsLeft(m_total))
                                                        : QString());
    m_bar->setAccessibleDescription(
        QStringList{m_counts->text(), m_rate->text(), m_eta->text()}.join(QStringLiteral("; ")));
}

} // namespace keyward::ui
