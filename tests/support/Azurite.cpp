#include "Azurite.h"

#include "NodeScript.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace keyward::test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Any HTTP answer at all means the server is up.
bool answers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(500))
        return false;
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    if (!socket.waitForBytesWritten(500))
        return false;
    QByteArray got;
    QDeadlineTimer deadline(2000);
    while (!got.contains("HTTP/") && !deadline.hasExpired() && socket.waitForReadyRead(int(deadline.remainingTime())))
        got += socket.readAll();
    return got.startsWith("HTTP/");
}

QString mainScript()
{
    return npmTools() + QStringLiteral("/node_modules/azurite/dist/src/blob/main.js");
}

} // namespace

Azurite::Azurite(const QString &dataDir)
    : m_dataDir(QDir(dataDir).absolutePath()),
      m_logFile(QFileInfo(m_dataDir).absolutePath() + QStringLiteral("/azurite.log"))
{
}

Azurite::~Azurite()
{
    stop();
}

QString Azurite::missing()
{
    const QString why = npmToolMissing(QStringLiteral("azurite"));
    if (!why.isEmpty())
        return why;
    if (!QFileInfo::exists(mainScript()))
        return QStringLiteral("no %1").arg(mainScript());
    return {};
}

QString Azurite::accountName()
{
    return QStringLiteral("devstoreaccount1");
}

QByteArray Azurite::accountKeyBase64()
{
    return "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
}

bool Azurite::start()
{
    if (running())
        return true;
    if (const QString why = missing(); !why.isEmpty()) {
        m_problem = why;
        return false;
    }
    if (m_port != 0)
        return startOnce(); // a restart: the same port and data
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (m_port != 0 && startOnce())
            return true;
    }
    m_port = 0;
    return false;
}

bool Azurite::startOnce()
{
    QDir().mkpath(m_dataDir);
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(nodeExecutable());
    m_process->setArguments({mainScript(), QStringLiteral("--disableTelemetry"),
                             QStringLiteral("--skipApiVersionCheck"), QStringLiteral("--location"), m_dataDir,
                             QStringLiteral("--blobHost"), QStringLiteral("127.0.0.1"), QStringLiteral("--blobPort"),
                             QString::number(m_port)});
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_logFile, QIODevice::Append);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_problem = QStringLiteral("node did not start: %1").arg(m_process->errorString());
        m_process.reset();
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_problem = QStringLiteral("Azurite exited at start: %1").arg(log().right(2000));
            m_process.reset();
            return false;
        }
        if (answers(m_port))
            return true;
        QThread::msleep(50);
    }
    m_problem = QStringLiteral("Azurite did not answer within 15 s: %1").arg(log().right(2000));
    stop();
    return false;
}

void Azurite::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool Azurite::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 Azurite::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString Azurite::log() const
{
    QFile f(m_logFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString Azurite::problem() const
{
    return m_problem;
}

QString Azurite::blobEndpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1/devstoreaccount1").arg(m_port);
}

QString Azurite::connectionString() const
{
    return QStringLiteral("DefaultEndpointsProtocol=http;AccountName=%1;AccountKey=%2;BlobEndpoint=%3;")
        .arg(accountName(), QString::fromLatin1(accountKeyBase64()), blobEndpoint());
}

} // namespace keyward::test
