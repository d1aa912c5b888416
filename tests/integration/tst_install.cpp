// The installed layout: `cmake --install` of this build into an empty prefix puts both programs, the desktop entry,
// the AppStream metainfo and the icons where a desktop looks for them; the entry and the metainfo pass their
// validators; the installed programs run from there and print their version without a display.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AppId = QStringLiteral("org.keyward.Keyward");
const int IconSizes[] = {16, 24, 32, 48, 64, 128, 256};

struct Ran
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Ran run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    Ran r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = QStringLiteral("%1 did not run to its end: %2").arg(program, p.errorString()).toUtf8();
        return r;
    }
    r.status = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian).
QSize pngSize(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&](int at) {
        return int((uchar(head[at]) << 24) | (uchar(head[at + 1]) << 16) | (uchar(head[at + 2]) << 8) |
                   uchar(head[at + 3]));
    };
    return {be32(16), be32(20)};
}

// What `program ARGS --help` prints, in English, on the offscreen platform.
QString helpOf(const QString &program, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Ran ran = run(program, args + QStringList{QStringLiteral("--help")}, env);
    return ran.status == 0 ? QString::fromUtf8(ran.out) : QString();
}

// The options a help text names, as roff writes them ("\-\-data\-dir").
QStringList roffOptions(const QString &help)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral("--[a-z0-9][a-z0-9-]*"));
    for (auto it = option.globalMatch(help); it.hasNext();) {
        QString o = it.next().captured(0);
        options << o.replace(QLatin1Char('-'), QLatin1String("\\-"));
    }
    options.removeDuplicates();
    return options;
}

QString fileText(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_prefix;
    QString m_share;

    QString path(const QString &relative) const { return m_prefix.filePath(relative); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const QString buildDir = qEnvironmentVariable("KEYWARD_BUILD_DIR");
        QVERIFY2(!buildDir.isEmpty(), "KEYWARD_BUILD_DIR names the build to install (ctest sets it)");
        const Ran installed = run(qEnvironmentVariable("KEYWARD_CMAKE", QStringLiteral("cmake")),
                                  {QStringLiteral("--install"), buildDir, QStringLiteral("--prefix"), m_prefix.path()});
        QVERIFY2(installed.status == 0, installed.err.constData());
        m_share = path(QStringLiteral("share"));
    }

    void filesWhereADesktopLooks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("console") << QStringLiteral("bin/keyward");
        QTest::newRow("command line") << QStringLiteral("bin/keywardctl");
        QTest::newRow("desktop entry") << QStringLiteral("share/applications/%1.desktop").arg(AppId);
        QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId);
        QTest::newRow("keywardctl manual") << QStringLiteral("share/man/man1/keywardctl.1.gz");
        QTest::newRow("keyward manual") << QStringLiteral("share/man/man1/keyward.1.gz");
        QTest::newRow("completion") << QStringLiteral("share/bash-completion/completions/keywardctl");
        QTest::newRow("copyright") << QStringLiteral("share/doc/keyward/copyright");
        QTest::newRow("changelog") << QStringLiteral("share/doc/keyward/changelog.Debian.gz");
        QTest::newRow("scalable icon") << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(AppId);
        for (int size : IconSizes)
            QTest::addRow("icon %d", size)
                << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId);
    }
    void filesWhereADesktopLooks()
    {
        QFETCH(QString, file);
        const QFileInfo info(path(file));
        QVERIFY2(info.isFile(), qPrintable(file));
        QVERIFY(info.size() > 0);
        if (file.startsWith(QLatin1String("bin/")))
            QVERIFY(info.isExecutable());
        const QRegularExpression size(QStringLiteral("/(\\d+)x\\1/"));
        if (const auto m = size.match(file); m.hasMatch())
            QCOMPARE(pngSize(info.filePath()), QSize(m.captured(1).toInt(), m.captured(1).toInt()));
    }

    // The entry starts the console, names the icon installed under the application id, and names the window class
    // the console's windows carry (Qt takes it from the application name, "Keyward").
    void desktopEntryValidates()
    {
        const QString entry = path(QStringLiteral("share/applications/%1.desktop").arg(AppId));
        const Ran checked = run(QStringLiteral("desktop-file-validate"), {entry});
        QVERIFY2(checked.status == 0 && checked.out.isEmpty(), (checked.out + checked.err).constData());
        const QStringList lines = fileText(entry).split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("Exec=keyward")));
        QVERIFY(lines.contains(QStringLiteral("Icon=%1").arg(AppId)));
        QVERIFY(lines.contains(QStringLiteral("StartupWMClass=Keyward")));
        QVERIFY(lines.contains(QStringLiteral("Type=Application")));
    }

    // The metainfo names this version as its newest release, launches the desktop entry above, and shows
    // screenshots that are the ones in docs/screenshots.
    void metainfoValidates()
    {
        const QString metainfo = path(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId));
        const Ran checked = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                                 QStringLiteral("--strict"), metainfo});
        QVERIFY2(checked.status == 0, (checked.out + checked.err).constData());
        const QString text = fileText(metainfo);
        QVERIFY(text.contains(QStringLiteral("<id>%1</id>").arg(AppId)));
        QVERIFY(text.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(AppId)));
        const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
        QCOMPARE(release.match(text).captured(1), qEnvironmentVariable("KEYWARD_VERSION"));
        const QRegularExpression screenshot(QStringLiteral("<image[^>]*>https://[^<]*/([^/<]+\\.png)</image>"));
        int screenshots = 0;
        for (auto it = screenshot.globalMatch(text); it.hasNext(); ++screenshots) {
            const QString name = it.next().captured(1);
            QVERIFY2(QFileInfo::exists(QStringLiteral(KEYWARD_SOURCE_DIR "/docs/screenshots/") + name),
                     qPrintable(name));
        }
        QVERIFY(screenshots >= 1);
    }

    // The manual pages name every command, subcommand and option the programs' --help names (they are written from
    // it), and every exit status; groff formats them without a warning.
    void manPagesInStepWithHelp()
    {
        const QString ctl = path(QStringLiteral("bin/keywardctl"));
        const Ran unzipped = run(QStringLiteral("gzip"),
                                 {QStringLiteral("-dc"), path(QStringLiteral("share/man/man1/keywardctl.1.gz"))});
        QCOMPARE(unzipped.status, 0);
        const QString page = QString::fromUtf8(unzipped.out);
        const QString top = helpOf(ctl, {});
        static const QRegularExpression commandRow(QStringLiteral("^  ([a-z]+)  "),
                                                   QRegularExpression::MultilineOption);
        int commands = 0;
        for (auto it = commandRow.globalMatch(top); it.hasNext(); ++commands) {
            const QString command = it.next().captured(1);
            QVERIFY2(page.contains(QStringLiteral(".SS \"keywardctl %1\"").arg(command)), qPrintable(command));
            const QString help = helpOf(ctl, {command});
            QVERIFY2(!help.isEmpty(), qPrintable(command));
            for (const QString &option : roffOptions(help))
                QVERIFY2(page.contains(option), qPrintable(command + QLatin1Char(' ') + option));
            // Subcommands, and theirs: each named on the "Commands:" line of its parent's help.
            QList<QStringList> parents{{command}};
            while (!parents.isEmpty()) {
                const QStringList parent = parents.takeFirst();
                static const QRegularExpression subcommandsLine(QStringLiteral("\nCommands: ([^\n]*)"));
                const QString subcommands = subcommandsLine.match(helpOf(ctl, parent)).captured(1);
                for (const QString &sub : subcommands.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    const QStringList words = parent + QStringList{sub};
                    const QString title = QStringLiteral("keywardctl ") + words.join(QLatin1Char(' '));
                    QVERIFY2(page.contains(QStringLiteral(".SS \"%1\"").arg(title)), qPrintable(title));
                    for (const QString &option : roffOptions(helpOf(ctl, words)))
                        QVERIFY2(page.contains(option), qPrintable(title + QLatin1Char(' ') + option));
                    parents << words;
                }
            }
        }
        QVERIFY(commands >= 18);
        for (int status = 0; status <= 9; ++status)
            QVERIFY2(page.contains(QStringLiteral(".TP\n.B %1\n").arg(status)), qPrintable(QString::number(status)));

        const Ran console =
            run(QStringLiteral("gzip"), {QStringLiteral("-dc"), path(QStringLiteral("share/man/man1/keyward.1.gz"))});
        QCOMPARE(console.status, 0);
        for (const QString &option : roffOptions(helpOf(path(QStringLiteral("bin/keyward")), {})))
            QVERIFY2(console.out.contains(option.toUtf8()), qPrintable(option));

        for (const QByteArray &text : {unzipped.out, console.out}) {
            QTemporaryDir dir;
            QFile roff(dir.filePath(QStringLiteral("page.1")));
            QVERIFY(roff.open(QIODevice::WriteOnly) && roff.write(text) == text.size());
            roff.close();
            const Ran formatted =
                run(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                                              QStringLiteral("-z"), roff.fileName()});
            QVERIFY2(formatted.status == 0 && formatted.err.isEmpty(), formatted.err.constData());
        }
    }

    // Tab completion, as bash runs it: commands, subcommands and options from the installed keywardctl, workspace
    // and store names from the data directory the command line names.
    void bashCompletion()
    {
        QTemporaryDir data;
        const QString ctl = path(QStringLiteral("bin/keywardctl"));
        const Ran created = run(ctl, {QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("alpha"),
                                      QStringLiteral("--storage"), data.filePath(QStringLiteral("ws")),
                                      QStringLiteral("--data-dir"), data.filePath(QStringLiteral("data"))});
        QVERIFY2(created.status == 0, created.err.constData());
        const QString script =
            QStringLiteral("source '%1'\n"
                           "comp() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _keywardctl; "
                           "echo \"${COMPREPLY[*]}\"; }\n"
                           "comp keywardctl wor\n"
                           "comp keywardctl store ''\n"
                           "comp keywardctl verify --data-dir '%2' --workspace ''\n"
                           "comp keywardctl rotate --use\n"
                           "comp keywardctl key create --sto\n"
                           "comp keywardctl rotate --feature managed-d\n")
                .arg(path(QStringLiteral("share/bash-completion/completions/keywardctl")),
                     data.filePath(QStringLiteral("data")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   path(QStringLiteral("bin")) + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        const Ran completed = run(QStringLiteral("bash"), {QStringLiteral("-c"), script}, env);
        QVERIFY2(completed.status == 0, completed.err.constData());
        QCOMPARE(QString::fromUtf8(completed.out).split(QLatin1Char('\n')),
                 QStringList({QStringLiteral("workspace"), QStringLiteral("add list show remove"),
                              QStringLiteral("alpha"), QStringLiteral("--use-newest"), QStringLiteral("--store"),
                              QStringLiteral("managed-disks"), QString()}));
    }

    // From the prefix, with no display and no platform plugin asked for: the version, then the Qt and OpenSSL the
    // program runs on.
    void installedProgramsSayTheirVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("keywardctl") << QStringLiteral("keywardctl");
        QTest::newRow("keyward") << QStringLiteral("keyward");
    }
    void installedProgramsSayTheirVersion()
    {
        QFETCH(QString, program);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Ran ran = run(path(QStringLiteral("bin/") + program), {QStringLiteral("--version")}, env);
        QVERIFY2(ran.status == 0, ran.err.constData());
        const QStringList lines = QString::fromUtf8(ran.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), program + QLatin1Char(' ') + qEnvironmentVariable("KEYWARD_VERSION"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("OpenSSL 3.")), qPrintable(lines.at(2)));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
