// ServerThread: the thread a test's in-process server runs on, ended so that nothing of it outlives end().
#pragma once

#include <QThread>

#include <atomic>

namespace keyward::test {

// QThread::wait() returns once Qt has marked the thread finished; the C library runs the thread's last destructors
// (Qt's per-thread data among them) only after that. A test whose server thread ends as the program ends would then
// race that clean-up against the leak check at exit. end() also waits for the operating-system thread to be gone.
class ServerThread final : public QThread
{
public:
    explicit ServerThread(const QString &name);
    ~ServerThread() override;

    // Quits the event loop and returns once the thread is gone (at most a couple of seconds after its loop ends).
    // Does nothing on a thread not started or already ended.
    void end();

protected:
    void run() override;

private:
    std::atomic<long> m_tid{0};
};

} // namespace keyward::test
