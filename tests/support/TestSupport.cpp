// TestSupport: shared-vector loading for the data-driven suites.
#include "TestSupport.h"

#include <QFile>
#include <QTest>

#ifndef KEYWARD_SHARED_DIR
#error "KEYWARD_SHARED_DIR must be defined"
#endif

namespace keyward::test {

QString sharedPath(const QString &relative)
{
    return QStringLiteral(KEYWARD_SHARED_DIR) + QLatin1Char('/') + relative;
}

QJsonObject loadJsonObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError) {
        qWarning("cannot parse %s: %s", qPrintable(path), qPrintable(err.errorString()));
        return {};
    }
    return doc.object();
}

QByteArray fromHex(const QString &hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace keyward::test

#include "crypto/Digest.h"

#include <cstring>

namespace keyward::test {

Status FixedRandom::fill(std::uint8_t *out, std::size_t size, bool)
{
    if (m_queue.empty() || std::size_t(m_queue.front().size()) != size)
        return Error::make(ErrorCode::Crypto, QStringLiteral("fixed random source: unexpected draw of %1 bytes").arg(size));
    std::memcpy(out, m_queue.front().constData(), size);
    m_queue.pop_front();
    return {};
}

QByteArray vectorPlaintext(qint64 length, int salt)
{
    QByteArray out(length, Qt::Uninitialized);
    for (qint64 i = 0; i < length; ++i)
        out[i] = char((i * 7 + salt) % 251);
    return out;
}

PatternDevice::PatternDevice(qint64 length, int salt) : m_length(length), m_salt(salt)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 PatternDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_length - m_pos);
    for (qint64 i = 0; i < n; ++i)
        data[i] = char(((m_pos + i) * 7 + m_salt) % 251);
    m_pos += n;
    return n;
}

struct HashingSink::State
{
    crypto::Sha256 sha;
};

HashingSink::HashingSink() : m_state(new State)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

HashingSink::~HashingSink()
{
    delete m_state;
}

QByteArray HashingSink::sha256()
{
    auto r = m_state->sha.final();
    return r ? *r : QByteArray();
}

qint64 HashingSink::writeData(const char *data, qint64 size)
{
    if (!m_state->sha.update(QByteArrayView(data, size)))
        return -1;
    m_total += size;
    return size;
}

qint64 peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace keyward::test

#include <QDirIterator>

namespace keyward::test {

Result<crypto::SecureBytes> ScriptedPrompt::ask(const SecretRequest &request)
{
    asked.append(request);
    if (m_answers.isEmpty())
        return Error::make(ErrorCode::Cancelled, QStringLiteral("no answer scripted"));
    return crypto::SecureBytes::fromView(m_answers.takeFirst());
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace keyward::test

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace keyward::test {

int reexecInKeyringSession(int argc, char **argv)
{
    const QString session = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (session.isEmpty() || keyring.isEmpty()) {
        std::fprintf(stderr, "dbus-run-session and gnome-keyring-daemon are needed (packages dbus-daemon, gnome-keyring)\n");
        return 1;
    }
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    QStringList args{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("printf keyward-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
                                    "&& exec \"$0\" \"$@\"")};
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("KEYWARD_TEST_IN_KEYRING_SESSION"), QStringLiteral("1"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(session, args);
    if (!child.waitForStarted() || !child.waitForFinished(600000))
        return 1;
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}

} // namespace keyward::test
