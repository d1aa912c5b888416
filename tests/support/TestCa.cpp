#include "TestCa.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtDebug>

namespace keyward::test {

namespace {

bool runOpenssl(const QString &openssl, const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(openssl, args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        qWarning() << "openssl" << args.value(0) << "did not run";
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(QLatin1Char(' ')) << "failed:" << p.readAll();
        return false;
    }
    return true;
}

} // namespace

std::optional<TestCa> TestCa::make(const QString &dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        qWarning() << "openssl is not installed";
        return std::nullopt;
    }
    if (!QDir().mkpath(dir))
        return std::nullopt;
    TestCa ca;
    ca.caPem = QDir(dir).filePath(QStringLiteral("ca.pem"));
    ca.serverCertPem = QDir(dir).filePath(QStringLiteral("server.pem"));
    ca.serverKeyPem = QDir(dir).filePath(QStringLiteral("server.key"));
    if (QFile::exists(ca.serverCertPem) && QFile::exists(ca.serverKeyPem) && !ca.ca().isNull())
        return ca; // made before in this folder: several servers of one test share it
    QFile ext(QDir(dir).filePath(QStringLiteral("ext.cnf")));
    if (!ext.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::nullopt;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    ext.close();

    const QStringList steps[] = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
         QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
         QStringLiteral("/CN=Keyward Test CA"), QStringLiteral("-addext"),
         QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
         QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
         QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
         QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
         QStringLiteral("server.pem"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")},
    };
    for (const QStringList &step : steps)
        if (!runOpenssl(openssl, dir, step))
            return std::nullopt;

    if (ca.ca().isNull())
        return std::nullopt;
    return ca;
}

QSslCertificate TestCa::ca() const
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(caPem, QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

} // namespace keyward::test
