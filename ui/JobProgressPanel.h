// JobProgressPanel: the job that runs now, at the top of the Jobs view: its kind and workspace, a progress bar,
// the count done, its speed (objects/s and MiB/s over the last seconds) and the time left at that speed, with
// Pause and Cancel. When no job runs it says so, and how the last one ended.
#pragma once

#include "jobs/JobRunner.h"
#include "jobs/ProgressRate.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace keyward::ui {

class JobProgressPanel : public QFrame
{
    Q_OBJECT
public:
    explicit JobProgressPanel(jobs::JobRunner *runner, QWidget *parent = nullptr);

    // The speed and time left as shown (empty while not known), for tests and the accessible description.
    QString rateText() const;
    QString timeLeftText() const;

private:
    void onStarted();
    void onProgress(qint64 done, qint64 total, qint64 bytes);
    void onFinished(const jobs::JobReport &report);
    void togglePause();
    void cancel();
    // A sample of unchanged counts every second: a job that stalls shows its speed falling.
    void tick();
    void refresh();
    double now() const;

    jobs::JobRunner *m_runner;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_eta = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer m_ticker;
    QElapsedTimer m_elapsed;
    jobs::ProgressRate m_speed;
    jobs::JobKind m_kind = jobs::JobKind::Encrypt;
    qint64 m_total = -1;
    bool m_paused = false;
    bool m_cancelling = false;
};

} // namespace keyward::ui
