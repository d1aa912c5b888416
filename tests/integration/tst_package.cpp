// The Debian package, as an admin meets it: `cpack -G DEB` of this build, lintian with no error, then (as root)
// `apt-get install ./keyward_*.deb`, keywardctl and the console run from /usr/bin, `apt-get remove`, and nothing the
// package installed left behind. Needs root, or sudo without a password; refuses to touch a keyward package that
// is already installed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Ran
{
    int status = -1;
    QByteArray out;
    QByteArray err;
    QByteArray both() const { return out + err; }
};

Ran run(const QStringList &command, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 600000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(command.first(), command.mid(1));
    Ran r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit) {
        r.err = QStringLiteral("%1 did not run to its end: %2")
                    .arg(command.join(QLatin1Char(' ')), p.errorString())
                    .toUtf8();
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.status = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QStringList m_asRoot; // empty as root; sudo -n otherwise
    QString m_deb;
    QStringList m_installed; // the files dpkg says the package installed
    bool m_isInstalled = false;

    QStringList asRoot(const QStringList &command) const { return m_asRoot + command; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        if (::geteuid() != 0) {
            if (run({QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("true")}).status != 0)
                QSKIP("installing a package needs root, or sudo without a password");
            m_asRoot = {QStringLiteral("sudo"), QStringLiteral("-n")};
        }
        const Ran status = run({QStringLiteral("dpkg-query"), QStringLiteral("-W"),
                                QStringLiteral("-f=${db:Status-Status}"), QStringLiteral("keyward")});
        QVERIFY2(status.out != "installed",
                 "a keyward package is already installed here: remove it first (the test installs and removes "
                 "its own)");
    }

    void packageBuildsAndLintianFindsNoError()
    {
        const QString buildDir = qEnvironmentVariable("KEYWARD_BUILD_DIR");
        QVERIFY(!buildDir.isEmpty());
        const Ran packed = run({qEnvironmentVariable("KEYWARD_CPACK", QStringLiteral("cpack")), QStringLiteral("-G"),
                                QStringLiteral("DEB"), QStringLiteral("--config"),
                                buildDir + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), m_work.path()});
        QVERIFY2(packed.status == 0, packed.both().constData());
        const QStringList debs = QDir(m_work.path()).entryList({QStringLiteral("keyward_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QCOMPARE(debs.first(), QStringLiteral("keyward_%1-1_amd64.deb").arg(qEnvironmentVariable("KEYWARD_VERSION")));
        m_deb = m_work.filePath(debs.first());

        // Errors fail the test; warnings (an initial upload that closes no Debian bug) are shown.
        const Ran lintian = run({QStringLiteral("lintian"), QStringLiteral("--allow-root"), m_deb});
        QVERIFY2(!lintian.out.contains("\nE: ") && !lintian.out.startsWith("E: "), lintian.both().constData());
        if (!lintian.out.trimmed().isEmpty())
            qInfo("lintian: %s", lintian.out.trimmed().constData());
    }

    void installRunRemove()
    {
        QVERIFY(!m_deb.isEmpty());
        QProcessEnvironment quiet = QProcessEnvironment::systemEnvironment();
        quiet.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
        const Ran installed = run(asRoot({QStringLiteral("apt-get"), QStringLiteral("install"), QStringLiteral("-y"),
                                          QStringLiteral("-q"), QStringLiteral("--no-install-recommends"), m_deb}),
                                  quiet);
        QVERIFY2(installed.status == 0, installed.both().constData());
        m_isInstalled = true;
        const Ran listed = run({QStringLiteral("dpkg"), QStringLiteral("-L"), QStringLiteral("keyward")});
        QCOMPARE(listed.status, 0);
        for (const QByteArray &line : listed.out.split('\n')) {
            const QString path = QString::fromUtf8(line.trimmed());
            if (!path.isEmpty() && QFileInfo(path).isFile())
                m_installed << path;
        }
        QVERIFY(m_installed.contains(QStringLiteral("/usr/bin/keywardctl")));
        QVERIFY(m_installed.contains(QStringLiteral("/usr/bin/keyward")));

        // keywardctl from /usr/bin: its version, and the whole demo flow on a fresh data directory.
        const Ran version = run({QStringLiteral("/usr/bin/keywardctl"), QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith("keywardctl " + qgetenv("KEYWARD_VERSION") + '\n'));
        const QString data = m_work.filePath(QStringLiteral("data"));
        const QString passphrase = m_work.filePath(QStringLiteral("passphrase"));
        QFile secret(passphrase);
        QVERIFY(secret.open(QIODevice::WriteOnly) && secret.write("package-test-passphrase\n") > 0);
        secret.close();
        const Ran demo =
            run({QStringLiteral("/usr/bin/keywardctl"), QStringLiteral("demo"), QStringLiteral("--data-dir"), data,
                 QStringLiteral("--objects"), QStringLiteral("40"), QStringLiteral("--size-mib"), QStringLiteral("4"),
                 QStringLiteral("--passphrase-file"), passphrase});
        QVERIFY2(demo.status == 0, demo.both().constData());

        // The console from /usr/bin, on that data, under a virtual display: it opens, lays out and pictures itself.
        const QString shot = m_work.filePath(QStringLiteral("console.png"));
        QProcessEnvironment display = QProcessEnvironment::systemEnvironment();
        display.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Ran console = run({QStringLiteral("xvfb-run"), QStringLiteral("-a"), QStringLiteral("/usr/bin/keyward"),
                                 QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"), shot},
                                display, 300000);
        QVERIFY2(console.status == 0, console.both().constData());
        QVERIFY(QFileInfo(shot).size() > 1000);
    }

    void cleanupTestCase()
    {
        if (!m_isInstalled)
            return;
        QProcessEnvironment quiet = QProcessEnvironment::systemEnvironment();
        quiet.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
        const Ran removed = run(asRoot({QStringLiteral("apt-get"), QStringLiteral("remove"), QStringLiteral("-y"),
                                        QStringLiteral("-q"), QStringLiteral("--purge"), QStringLiteral("keyward")}),
                                quiet);
        QVERIFY2(removed.status == 0, removed.both().constData());
        // Nothing the package installed is left, nor its own folders.
        for (const QString &path : std::as_const(m_installed))
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/usr/share/doc/keyward")));
        const Ran status = run({QStringLiteral("dpkg-query"), QStringLiteral("-W"),
                                QStringLiteral("-f=${db:Status-Status}"), QStringLiteral("keyward")});
        QVERIFY(status.out != "installed");
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
