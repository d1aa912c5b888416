// KeychainSecretStore: QtKeychain jobs, all on one thread of their own, waited for by the caller.
#include "secrets/KeychainSecretStore.h"

#include "util/PoolThread.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <future>
#include <utility>

#include <qt6keychain/keychain.h>

#ifdef KEYWARD_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#endif

namespace keyward::secrets {

namespace {

constexpr int JobTimeoutMs = 30000;

// Runs a QtKeychain job to its end. Returns false when it did not finish in time.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never store a secret in a plain file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(JobTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

// QtKeychain keeps a process-wide job queue, a QObject that lives on the thread of the first job and is not
// thread-safe: jobs started from two threads at once (the window's and a worker's) crash inside it. So every job
// runs on one dedicated thread, one at a time; callers on any thread wait for it. The window's thread keeps
// handling its events while it waits, as it did when the job ran in a nested event loop there.
thread_local bool t_onKeychainThread = false;

QBasicMutex g_keychainThreadMutex;
QThreadPool *g_keychainThread = nullptr;

// Ends the keychain's thread as the application object goes, so that the thread's own state is freed before the
// program's exit (and a sanitized build's leak check) rather than half of it in its last moments. A job still
// running then (a worker thread's, as the window closes) is given its time to finish; a job that will not is left
// to the process's end.
void endKeychainThread()
{
    QThreadPool *pool = nullptr;
    {
        QMutexLocker lock(&g_keychainThreadMutex);
        pool = std::exchange(g_keychainThread, nullptr);
    }
    if (pool && pool->waitForDone(JobTimeoutMs + 5000))
        delete pool; // joins its thread
}

void startOnKeychainThread(std::function<void()> task)
{
    QMutexLocker lock(&g_keychainThreadMutex);
    if (!g_keychainThread) {
        g_keychainThread = new QThreadPool;
        g_keychainThread->setMaxThreadCount(1);
        g_keychainThread->setExpiryTimeout(-1);
        qAddPostRoutine(endKeychainThread);
    }
    g_keychainThread->start(std::move(task));
}

template <typename T> T onKeychainThread(const std::function<T()> &job)
{
    if (t_onKeychainThread)
        return job();
    auto promise = std::make_shared<std::promise<T>>();
    std::future<T> result = promise->get_future();
    startOnKeychainThread([job, promise] {
        releaseOpenSslWithThread();
        t_onKeychainThread = true;
        promise->set_value(job());
    });
    const bool windowThread = QCoreApplication::instance() && QThread::currentThread() == qApp->thread();
    if (windowThread) {
        while (result.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return result.get();
}

// Whether the Secret Service holds the entry, but in a locked collection. Asked for such an entry, QtKeychain
// (through libsecret) answers "no such entry" once the unlock prompt could not be shown (no desktop session, a
// script): the entry is there, the keychain is locked. The attributes are QtKeychain's own (service, key).
bool heldLocked(const QString &service, const QString &key)
{
#ifdef KEYWARD_HAVE_QTDBUS
    static const bool registered = [] {
        qDBusRegisterMetaType<QMap<QString, QString>>();
        qDBusRegisterMetaType<QList<QDBusObjectPath>>();
        return true;
    }();
    Q_UNUSED(registered);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    const QMap<QString, QString> attributes{{QStringLiteral("server"), service}, {QStringLiteral("user"), key}};
    call << QVariant::fromValue(attributes);
    const QDBusMessage reply = bus.call(call, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return false;
    return !qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).isEmpty();
#else
    Q_UNUSED(service);
    Q_UNUSED(key);
    return false;
#endif
}

Error lockedError(const QString &what, const QString &why)
{
    return Error::because(ErrorCode::Locked, Reason::KeychainLocked, {},
                          QStringLiteral("%1 refused: the keychain is locked (%2)").arg(what, why));
}

Error mapError(const QKeychain::Job &job, const QString &key, const char *action)
{
    const QString what = QStringLiteral("keychain %1 of '%2'").arg(QLatin1String(action), key);
    // QtKeychain's own strings name the backend's reason (never the secret); keep them for the admin.
    const QString why = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error::make(ErrorCode::NotFound, QStringLiteral("%1: no such entry").arg(what));
    case QKeychain::AccessDenied:
        return lockedError(what, why);
    case QKeychain::AccessDeniedByUser:
        return Error::make(ErrorCode::Forbidden, QStringLiteral("%1 was refused by the user").arg(what));
    case QKeychain::NoBackendAvailable:
        return Error::make(ErrorCode::Unavailable, QStringLiteral("%1: no keychain is available (%2)").arg(what, why));
    case QKeychain::NotImplemented:
        return Error::make(ErrorCode::Unsupported, QStringLiteral("%1: not supported here (%2)").arg(what, why));
    case QKeychain::CouldNotDeleteEntry:
        return Error::make(ErrorCode::Io, QStringLiteral("%1 failed (%2)").arg(what, why));
    case QKeychain::OtherError:
    default:
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("%1 failed: the keychain did not answer (%2)").arg(what, why));
    }
}

Error timedOut(const QString &key, const char *action)
{
    return Error::make(ErrorCode::Unavailable, QStringLiteral("keychain %1 of '%2' did not finish within %3 seconds")
                                                   .arg(QLatin1String(action), key)
                                                   .arg(JobTimeoutMs / 1000));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

QString KeychainSecretStore::backendName() const
{
    return QStringLiteral("OS keychain (Secret Service)");
}

Result<crypto::SecureBytes> KeychainSecretStore::read(const QString &key)
{
    return onKeychainThread<Result<crypto::SecureBytes>>([this, key] { return readHere(key); });
}

Status KeychainSecretStore::write(const QString &key, const crypto::SecureBytes &secret)
{
    return onKeychainThread<Status>([this, key, &secret] { return writeHere(key, secret); });
}

Status KeychainSecretStore::remove(const QString &key)
{
    return onKeychainThread<Status>([this, key] { return removeHere(key); });
}

Result<crypto::SecureBytes> KeychainSecretStore::readHere(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job))
        return timedOut(key, "read");
    if (job.error() == QKeychain::EntryNotFound && heldLocked(m_service, key))
        return lockedError(QStringLiteral("keychain read of '%1'").arg(key), QStringLiteral("the entry is in a locked "
                                                                                            "collection"));
    if (job.error() != QKeychain::NoError)
        return mapError(job, key, "read");
    QByteArray data = job.binaryData();
    crypto::SecureBytes secret = crypto::SecureBytes::fromView(data);
    crypto::wipe(data);
    return secret;
}

Status KeychainSecretStore::writeHere(const QString &key, const crypto::SecureBytes &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    QByteArray data(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
    job.setBinaryData(data);
    crypto::wipe(data);
    const bool finished = runJob(job);
    if (!finished)
        return timedOut(key, "write");
    if (job.error() != QKeychain::NoError)
        return mapError(job, key, "write");
    return {};
}

Status KeychainSecretStore::removeHere(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job))
        return timedOut(key, "delete");
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return mapError(job, key, "delete");
    return {};
}

Status KeychainSecretStore::probe()
{
    const QString key = QStringLiteral("keyward-probe");
    auto probe = crypto::SecureBytes(16);
    if (auto st = write(key, probe); !st)
        return st;
    auto back = read(key);
    if (!back)
        return back.error();
    return remove(key);
}

} // namespace keyward::secrets
