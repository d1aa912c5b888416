// Azurite, Microsoft's Azure Storage emulator from npm, run by a test: the blob service on 127.0.0.1 on a free port
// with its data in a folder of the test's own. The process started is the server itself (node on Azurite's main.js,
// never npx), so stop() ends it; the destructor stops it too.
#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace keyward::test {

class Azurite
{
public:
    explicit Azurite(const QString &dataDir); // --location dataDir; its log goes to dataDir/../azurite.log
    ~Azurite();
    Azurite(const Azurite &) = delete;
    Azurite &operator=(const Azurite &) = delete;

    // Empty when node and the azurite package are installed; otherwise what is missing (for QSKIP).
    static QString missing();

    // The first start takes a free port (up to 3 tries when another process takes it first); a restart reuses the
    // port and the data folder. True once the server answers HTTP (within 15 s).
    bool start();
    void stop(); // SIGTERM to the server, then SIGKILL after 5 s
    bool running() const;

    quint16 port() const { return m_port; }
    qint64 pid() const;
    QString log() const;          // the server's output so far (its access log: one line per request)
    QString problem() const;      // why start() failed
    QString blobEndpoint() const; // http://127.0.0.1:<port>/devstoreaccount1
    QString connectionString() const;
    static QString accountName();
    static QByteArray accountKeyBase64();

private:
    bool startOnce();
    QString m_dataDir;
    QString m_logFile;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QString m_problem;
};

} // namespace keyward::test
