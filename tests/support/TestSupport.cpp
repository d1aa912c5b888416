// TestSupport: shared-vector loading for the data-driven suites.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#ifndef KEYWARD_SHARED_DIR
#error "KEYWARD_SHARED_DIR must be defined"
#endif

namespace keyward::test {

QString sharedPath(const QString &relative)
{
    return QStringLiteral(KEYWARD_SHARED_DIR) + QLatin1Char('/') + relative;
}

QJsonObject keyVaultExampleBody(const QString &name)
{
    return loadJsonObject(sharedPath(QStringLiteral("fixtures/keyvault/%1-example.json").arg(name)))
        .value(QStringLiteral("responses"))
        .toObject()
        .value(QStringLiteral("200"))
        .toObject()
        .value(QStringLiteral("body"))
        .toObject();
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
        return Error::make(ErrorCode::Crypto,
                           QStringLiteral("fixed random source: unexpected draw of %1 bytes").arg(size));
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
        std::fprintf(stderr,
                     "dbus-run-session and gnome-keyring-daemon are needed (packages dbus-daemon, gnome-keyring)\n");
        return 1;
    }
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    QStringList args{
        QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
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

#include <QDir>
#include <QtEndian>

namespace keyward::test {

QString softHsmModulePath()
{
    for (const char *candidate : {"/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                                  "/usr/local/lib/softhsm/libsofthsm2.so", "/usr/lib64/softhsm/libsofthsm2.so"}) {
        if (QFile::exists(QLatin1String(candidate)))
            return QLatin1String(candidate);
    }
    return {};
}

SoftHsm::SoftHsm(const QString &dir) : m_dir(dir)
{
    QDir().mkpath(tokenRoot());
    QFile conf(confPath());
    if (conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        conf.write(QStringLiteral("directories.tokendir = %1\nobjectstore.backend = file\nlog.level = ERROR\n"
                                  "slots.removable = false\n")
                       .arg(tokenRoot())
                       .toUtf8());
    }
    qputenv("SOFTHSM2_CONF", QFile::encodeName(confPath()));
}

QString SoftHsm::confPath() const
{
    return m_dir + QStringLiteral("/softhsm2.conf");
}

QString SoftHsm::tokenRoot() const
{
    return m_dir + QStringLiteral("/tokens");
}

QString SoftHsm::initToken(const QString &label, const QString &soPin, const QString &userPin)
{
    const QStringList before = QDir(tokenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QProcess p;
    p.start(QStringLiteral("softhsm2-util"),
            {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
             QStringLiteral("--so-pin"), soPin, QStringLiteral("--pin"), userPin});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("softhsm2-util --init-token failed: %s", p.readAllStandardError().constData());
        return {};
    }
    for (const QString &entry : QDir(tokenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!before.contains(entry))
            return tokenRoot() + QLatin1Char('/') + entry;
    qWarning("softhsm2-util made no token directory under %s", qPrintable(tokenRoot()));
    return {};
}

bool SoftHsm::lockUserPin(const QString &tokenDir)
{
    // token.object is a list of (type, kind, value) records with 8-byte big-endian integers; the token flags
    // are SoftHSM's vendor attribute CKA_OS_TOKENFLAGS (0x8000534B), an unsigned long (kind 2).
    QFile f(tokenDir + QStringLiteral("/token.object"));
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = f.readAll();
    QByteArray marker(16, '\0');
    qToBigEndian<quint64>(0x8000534BULL, marker.data());
    qToBigEndian<quint64>(2, marker.data() + 8);
    const qsizetype at = bytes.indexOf(marker);
    if (at < 0 || at + 24 > bytes.size())
        return false;
    const quint64 flags = qFromBigEndian<quint64>(bytes.constData() + at + 16);
    qToBigEndian<quint64>(flags | 0x00040000ULL /* CKF_USER_PIN_LOCKED */, bytes.data() + at + 16);
    return f.seek(0) && f.write(bytes) == bytes.size();
}

int SoftHsm::pkcs11Tool(const QStringList &args, QByteArray *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("pkcs11-tool"), QStringList{QStringLiteral("--module"), softHsmModulePath()} + args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitCode();
}

} // namespace keyward::test

namespace keyward::test {

CtlRun runKeywardctl(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    CtlRun run;
    run.args = args;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KEYWARDCTL_PATH), args);
    if (!p.waitForStarted()) {
        run.problem = QStringLiteral("did not start: %1").arg(p.errorString());
        return run;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        run.problem = QStringLiteral("did not finish within 120 s and was killed");
    } else if (p.exitStatus() != QProcess::NormalExit) {
        run.problem = QStringLiteral("crashed");
    } else {
        run.status = p.exitCode();
    }
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

namespace {

QByteArray lastBytes(const QByteArray &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    return "[...]" + text.right(max);
}

} // namespace

QString CtlRun::commandLine() const
{
    QStringList quoted;
    for (const QString &a : args)
        quoted << (a.isEmpty() || a.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + a + QLatin1Char('\'') : a);
    return QStringLiteral("keywardctl ") + quoted.join(QLatin1Char(' '));
}

QByteArray CtlRun::failure(int expected, bool withOut) const
{
    QByteArray text = commandLine().toUtf8() + "\n    ";
    if (!problem.isEmpty())
        text += problem.toUtf8();
    else
        text += "exit status " + QByteArray::number(status);
    text += " (expected " + QByteArray::number(expected) + ")\n    stderr: ";
    text += err.isEmpty() ? QByteArray("(empty)") : lastBytes(err, 4000).trimmed();
    if (withOut)
        text += "\n    stdout: " + (out.isEmpty() ? QByteArray("(empty)") : lastBytes(out, 4000).trimmed());
    return text;
}

QString KillRun::describe() const
{
    const QString command = QStringLiteral("keywardctl ") + args.join(QLatin1Char(' '));
    if (!started)
        return command + QStringLiteral(": did not start");
    if (killed)
        return command + QStringLiteral(": killed after %1 ms").arg(elapsedMs);
    return command + QStringLiteral(": exited %1 after %2 ms (%3)")
                         .arg(status)
                         .arg(elapsedMs)
                         .arg(QString::fromUtf8(err.trimmed()));
}

KillRun killKeywardctlAfter(const QStringList &args, int delayMs, const QByteArray &input,
                            const QProcessEnvironment &env)
{
    KillRun run;
    run.args = args;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(KEYWARDCTL_PATH), args);
    if (!p.waitForStarted())
        return run;
    run.started = true;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const int left = int(qMax<qint64>(0, delayMs - timer.elapsed()));
    if (left > 0 && p.waitForFinished(left)) {
        run.elapsedMs = timer.elapsed();
        run.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.err = p.readAllStandardError();
        return run;
    }
    // Still running (or it has just exited and is not reaped yet: then the kill hits nothing, and it is counted as
    // having exited).
    p.kill(); // SIGKILL
    p.waitForFinished(-1);
    run.elapsedMs = timer.elapsed();
    run.killed = p.exitStatus() == QProcess::CrashExit;
    if (!run.killed)
        run.status = p.exitCode();
    run.err = p.readAllStandardError();
    return run;
}

int timeKeywardctl(const QStringList &args, CtlRun *run, const QByteArray &input)
{
    QElapsedTimer t;
    t.start();
    CtlRun r = runKeywardctl(args, input);
    const int ms = int(t.elapsed());
    if (run)
        *run = std::move(r);
    return ms;
}

} // namespace keyward::test

#include <QFileInfo>

namespace keyward::test {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace keyward::test

namespace keyward::test {

QString CtlRun::errorArg(int i) const
{
    return QJsonDocument::fromJson(err)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("args"))
        .toArray()
        .at(i)
        .toString();
}

QString CtlRun::errorField(const char *name) const
{
    return QJsonDocument::fromJson(err)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QLatin1String(name))
        .toString();
}

} // namespace keyward::test

#include "NodeScript.h"

#include <QTemporaryDir>

namespace keyward::test {

HclParse parseHcl(const QByteArray &hcl)
{
    HclParse result;
    if (const QString missing = npmToolMissing(QStringLiteral("@cdktf/hcl2json")); !missing.isEmpty()) {
        result.error = missing;
        return result;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("main.tf"));
    QFile f(file);
    if (!dir.isValid() || !f.open(QIODevice::WriteOnly) || f.write(hcl) != hcl.size()) {
        result.error = QStringLiteral("cannot write %1").arg(file);
        return result;
    }
    f.close();
    const NodeRun run = runNodeScript(QStringLiteral("hcl2json.mjs"), {file});
    if (run.status != 0) {
        result.error = QStringLiteral("hcl2json failed (%1): %2")
                           .arg(run.problem.isEmpty() ? QString::number(run.status) : run.problem,
                                QString::fromUtf8(run.err).trimmed());
        return result;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        result.error = QStringLiteral("hcl2json printed no JSON object: %1").arg(err.errorString());
    else
        result.json = doc.object();
    return result;
}

QJsonValue jsonAt(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &step : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex && v.isArray())
            v = v.toArray().at(index);
        else if (v.isObject() && v.toObject().contains(step))
            v = v.toObject().value(step);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

} // namespace keyward::test

#include <QSqlDatabase>
#include <QSqlQuery>

namespace keyward::test {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

void execSql(const QString &catalogPath, const QStringList &statements)
{
    const QString connection = QStringLiteral("keyward-test-raw");
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        d.setDatabaseName(catalogPath);
        QVERIFY(d.open());
        QSqlQuery q(d);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        d.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace keyward::test

#include "envelope/Envelope.h"

#include <QBuffer>

namespace keyward::test {

Result<QByteArray> openSealed(const QByteArray &stored, envelope::FeatureKeyResolver &keys)
{
    QBuffer in;
    in.setData(stored);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read the object from memory"));
    QByteArray plain;
    QBuffer out(&plain);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot write the plaintext to memory"));
    if (auto opened = envelope::open(&in, &out, keys); !opened)
        return opened.error();
    out.close();
    return plain;
}

} // namespace keyward::test
