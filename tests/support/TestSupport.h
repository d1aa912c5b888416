// TestSupport: loading shared vectors and small helpers used by every suite.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// KEYWARD_TEST_ASAN: the suite runs under AddressSanitizer (GCC says so with __SANITIZE_ADDRESS__, clang through
// __has_feature).
#if defined(__SANITIZE_ADDRESS__)
#define KEYWARD_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KEYWARD_TEST_ASAN 1
#endif
#endif

namespace keyward::test {

// Absolute path of a file under ../shared (the KEYWARD_SHARED_DIR the suite was built with).
QString sharedPath(const QString &relative);
// Parses a JSON file; fails the current test (QFAIL-style, returns empty) when it cannot.
QJsonObject loadJsonObject(const QString &path);
// The body of the 200 response in Key Vault's official example `name` (../shared/fixtures/keyvault/<name>-example.json,
// a whole REST exchange); empty, with a warning, when there is none.
QJsonObject keyVaultExampleBody(const QString &name);
QByteArray fromHex(const QString &hex);

} // namespace keyward::test

#include "crypto/Random.h"

#include <QIODevice>
#include <deque>

namespace keyward::test {

// A RandomSource that hands out queued bytes, to reproduce known-answer vectors; fails when it runs dry.
class FixedRandom final : public crypto::RandomSource
{
public:
    void push(const QByteArray &bytes) { m_queue.push_back(bytes); }
    Status fill(std::uint8_t *out, std::size_t size, bool secret) override;
    bool exhausted() const { return m_queue.empty(); }

private:
    std::deque<QByteArray> m_queue;
};

// The shared vectors' plaintext: byte i is (i * 7 + salt) mod 251.
QByteArray vectorPlaintext(qint64 length, int salt);

// A read-only stream of the vector plaintext that never holds it whole (for size and memory tests).
class PatternDevice final : public QIODevice
{
public:
    PatternDevice(qint64 length, int salt);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_length;
    qint64 m_pos = 0;
    int m_salt;
};

// A write-only sink that keeps only a SHA-256 of what it was given, and the largest single write.
class HashingSink final : public QIODevice
{
public:
    HashingSink();
    ~HashingSink() override;
    QByteArray sha256();
    qint64 total() const { return m_total; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct State;
    State *m_state;
    qint64 m_total = 0;
};

// Peak resident set size of this process so far, in bytes (VmHWM), or -1.
qint64 peakRss();

} // namespace keyward::test

#include "secrets/SecretPrompt.h"

#include <QList>

namespace keyward::test {

// Answers passphrase and PIN prompts from a script, and records what was asked.
class ScriptedPrompt final : public SecretPrompt
{
public:
    void answer(const QByteArray &secret) { m_answers.append(secret); }
    Result<crypto::SecureBytes> ask(const SecretRequest &request) override;
    QList<SecretRequest> asked;

private:
    QList<QByteArray> m_answers; // an empty list means "cancelled"
};

// Every regular file under `dir` whose bytes contain `needle` (for secret-leak scans).
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace keyward::test

namespace keyward::test {

// Runs this program again under `dbus-run-session` with an unlocked gnome-keyring-daemon, a fresh HOME and
// KEYWARD_TEST_IN_KEYRING_SESSION=1; returns its exit status (or 1 when the tools are missing).
int reexecInKeyringSession(int argc, char **argv);

} // namespace keyward::test

#include <QStringList>

namespace keyward::test {

// The SoftHSM2 PKCS#11 module installed on this machine, or empty when there is none.
QString softHsmModulePath();

// A private SoftHSM2 set-up under `dir`: its own softhsm2.conf and token directory. Constructing it points
// SOFTHSM2_CONF at that file for this process (the module reads it in C_Initialize, so do this before any
// store loads the module) and for the softhsm2-util / pkcs11-tool processes started from here.
class SoftHsm
{
public:
    explicit SoftHsm(const QString &dir);
    QString confPath() const;
    QString tokenRoot() const;
    // `softhsm2-util --init-token --free`; returns the new token's own directory, or empty (with a warning).
    // SoftHSM2 sees new tokens only when the module is initialised again, so init them while no store is open.
    QString initToken(const QString &label, const QString &soPin, const QString &userPin);
    // SoftHSM2 never locks a user PIN itself (wrong PINs only set CKF_USER_PIN_COUNT_LOW), so this sets
    // CKF_USER_PIN_LOCKED in the token's stored flags, as a hardware token does after too many wrong PINs.
    // The module must not be loaded while this runs.
    bool lockUserPin(const QString &tokenDir);
    // Runs pkcs11-tool against this module with `args`; returns its exit status, output in `output`.
    int pkcs11Tool(const QStringList &args, QByteArray *output = nullptr);

private:
    QString m_dir;
};

} // namespace keyward::test

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>

namespace keyward::test {

// One run of the keywardctl built with the tests.
struct CtlRun
{
    int status = -1; // -1 when it crashed, did not start or did not finish
    QByteArray out;
    QByteArray err;
    QStringList args = {}; // the command line (standard input, where secrets go, is never kept)
    QString problem = {};  // empty, or why there is no exit status: "did not start", "crashed", "did not finish ..."
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // The code and reason of the JSON error a command run with --json printed on standard error.
    QString errorCode() const { return errorField("code"); }
    QString errorReason() const { return errorField("reason"); }
    QString errorField(const char *name) const;
    // Argument `i` of that JSON error (the facts its reason names, in the reason's order).
    QString errorArg(int i = 0) const;
    // What a failed check prints: the command line, the exit status (or the problem) against `expected`, and
    // standard error; with `withOut`, standard output too (only for commands whose output holds no secret, such
    // as verify's findings). Each stream is cut to its last 4000 bytes.
    QByteArray failure(int expected, bool withOut = false) const;
    // The command line as one string, for messages.
    QString commandLine() const;
};

CtlRun runKeywardctl(const QStringList &args, const QByteArray &input = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// QVERIFY2-style check, for a function returning void (a failure returns from it, as QCOMPARE does).
inline bool verifyStatus(const CtlRun &run, int expected, bool withOut, const char *expression, const char *file,
                         int line)
{
    const QByteArray message = run.status == expected ? QByteArray() : run.failure(expected, withOut);
    return QTest::qVerify(run.status == expected, expression, message.constData(), file, line);
}

} // namespace keyward::test

// Fails the current test unless `run` (a test::CtlRun) exited with `expected`, printing the command line, the
// status and the command's standard error. KW_COMPARE_STATUS_OUT prints its standard output as well.
#define KW_COMPARE_STATUS(run, expected)                                                                               \
    do {                                                                                                               \
        if (!::keyward::test::verifyStatus((run), (expected), false, "KW_COMPARE_STATUS(" #run ", " #expected ")",     \
                                           __FILE__, __LINE__))                                                        \
            return;                                                                                                    \
    } while (false)
#define KW_COMPARE_STATUS_OUT(run, expected)                                                                           \
    do {                                                                                                               \
        if (!::keyward::test::verifyStatus((run), (expected), true, "KW_COMPARE_STATUS_OUT(" #run ", " #expected ")",  \
                                           __FILE__, __LINE__))                                                        \
            return;                                                                                                    \
    } while (false)

#include <QElapsedTimer>

namespace keyward::test {

// A keywardctl started now, to be killed with SIGKILL at a chosen moment (the kill, race and timing tests).
struct KillRun
{
    bool started = false;
    bool killed = false;  // it was still running when the kill came
    int status = -1;      // its exit status when it finished before the kill
    qint64 elapsedMs = 0; // from the start to its end (the kill or its own exit)
    QByteArray err;       // what it wrote on standard error before it ended
    QStringList args;
    QString describe() const; // "keywardctl ARGS: killed after N ms" / "... exited S after N ms"
};
// Starts keywardctl with `args` (and `input` on standard input), sends SIGKILL `delayMs` after the start unless
// it has exited by then, and waits for it to be gone.
KillRun killKeywardctlAfter(const QStringList &args, int delayMs, const QByteArray &input = {},
                            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// How long an unkilled run of `args` takes, in ms; the run itself in `run` when given.
int timeKeywardctl(const QStringList &args, CtlRun *run = nullptr, const QByteArray &input = {});

} // namespace keyward::test

namespace keyward::test {

// The whole file, or empty when it cannot be read.
QByteArray readFile(const QString &path);
// Writes `bytes` to `path` (making its folder); fails the current test when it cannot.
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace keyward::test

namespace keyward::test {

// HCL (Terraform) as HashiCorp's own parser reads it: tests/support/hcl2json.mjs runs npm's @cdktf/hcl2json (a
// WebAssembly build of github.com/hashicorp/hcl) under node, from the folder KEYWARD_NPM_TOOLS names (the
// environment variable, else the CMake cache variable of that name; scripts/test.sh installs it there).
struct HclParse
{
    QJsonObject json; // blocks as hcl2json writes them: resource.TYPE.NAME[0].attribute, ...
    QString error;    // empty when it parsed; otherwise what is missing or what did not parse
};
HclParse parseHcl(const QByteArray &hcl);
// The value at a dotted path ("properties.encryption.entities", "resource.x.y.0": a number steps into an
// array); Undefined when a step is missing.
QJsonValue jsonAt(const QJsonValue &root, const QString &path);

} // namespace keyward::test

#include <initializer_list>

namespace keyward::test {

// The words as a QStringList: test::words({"key", "create", "--store"}).
QStringList words(std::initializer_list<const char *> list);
// Runs SQL statements on a catalog file behind Keyward's back, as someone editing it would; fails the current
// test when one does not run.
void execSql(const QString &catalogPath, const QStringList &statements);

} // namespace keyward::test

#include "envelope/FeatureKeyResolver.h"
#include "util/Result.h"

namespace keyward::test {

// Opens a KWE1 object held in memory (both layers, every segment authenticated) to its plaintext.
Result<QByteArray> openSealed(const QByteArray &stored, envelope::FeatureKeyResolver &keys);

} // namespace keyward::test
