// TestCa: a throw-away certificate authority and a server certificate for 127.0.0.1 / localhost, made at test time
// with the openssl command line in a folder the test owns. Only the tests that load ca() (or hand caPem to node as
// NODE_EXTRA_CA_CERTS) trust it; the system's trust store is never touched.
#pragma once

#include <QSslCertificate>
#include <QString>

#include <optional>

namespace keyward::test {

struct TestCa
{
    // Runs openssl in `dir` (created when missing): ca.key/ca.pem (CN "Keyward Test CA", CA:TRUE, 2 days), then
    // server.key/server.pem signed by it with subjectAltName DNS:localhost, IP:127.0.0.1 and serverAuth. When `dir`
    // already holds them (made by an earlier call), they are used again. nullopt when openssl is missing or fails (a
    // warning says why).
    static std::optional<TestCa> make(const QString &dir);

    QString caPem; // file paths
    QString serverCertPem;
    QString serverKeyPem;

    QSslCertificate ca() const;
};

} // namespace keyward::test
