// HistoryWitness: the process-wide list of listeners, by catalog file.
#include "catalog/HistoryWitness.h"

#include <QFileInfo>

#include <map>
#include <mutex>

namespace keyward::catalog {

namespace {

struct Registered
{
    QString path;
    HistoryWitness::Listener listener;
};

std::mutex &witnessMutex()
{
    static std::mutex m;
    return m;
}

std::map<int, Registered> &witnesses()
{
    static std::map<int, Registered> w;
    return w;
}

QString canonical(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

int HistoryWitness::add(const QString &catalogPath, Listener listener)
{
    static int next = 0;
    std::lock_guard lock(witnessMutex());
    const int token = ++next;
    witnesses()[token] = Registered{canonical(catalogPath), std::move(listener)};
    return token;
}

void HistoryWitness::remove(int token)
{
    std::lock_guard lock(witnessMutex());
    witnesses().erase(token);
}

void HistoryWitness::appended(const QString &catalogPath, const HistoryEntry &entry)
{
    const QString path = canonical(catalogPath);
    QList<Listener> toCall;
    {
        std::lock_guard lock(witnessMutex());
        for (const auto &[token, w] : witnesses())
            if (w.path == path)
                toCall << w.listener;
    }
    for (const Listener &l : std::as_const(toCall))
        l(entry);
}

} // namespace keyward::catalog
