#include "ServerThread.h"

#include <QFileInfo>

#include <unistd.h>

namespace keyward::test {

ServerThread::ServerThread(const QString &name)
{
    setObjectName(name);
}

ServerThread::~ServerThread()
{
    end();
}

void ServerThread::run()
{
    m_tid = ::gettid();
    exec();
}

void ServerThread::end()
{
    quit();
    wait();
    const long tid = m_tid.exchange(0);
    if (tid == 0)
        return;
    const QString task = QStringLiteral("/proc/self/task/%1").arg(tid);
    for (int i = 0; i < 2000 && QFileInfo::exists(task); ++i)
        QThread::usleep(1000);
}

} // namespace keyward::test
