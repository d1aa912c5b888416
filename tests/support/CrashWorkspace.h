// CrashWorkspace: a workspace whose objects the kill tests know byte for byte, and the invariants that must hold
// after every SIGKILL of keywardctl: the catalog opens and its history chain verifies, the store opens, and every
// object is either its original plaintext or a KWE1 object that opens to it with a key the catalog still holds.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace keyward::test {

class CrashWorkspace
{
public:
    // `dataDir`: Keyward's data directory; `root`: the workspace's object folder.
    CrashWorkspace(QString dataDir, QString workspace, QString root);

    QString dataDir() const { return m_data; }
    QString workspace() const { return m_workspace; }
    QString root() const { return m_root; }
    // --data-dir D --workspace W
    QStringList common() const;

    // Adds a local vault `store` protected by the OS keychain, creates AES keys `keys` in it, makes the workspace
    // (premium, DBFS double encryption on) in the catalog and assigns `features[i]` (CLI names, such as
    // "managed-services") the key `keys[i]`. Returns what went wrong, or empty. Fill root() with objects next,
    // then call snapshot().
    QString create(const QString &store, const QStringList &keys, const QStringList &features);
    // Records every file under root() as an original plaintext; returns how many.
    int snapshot();
    const QMap<QString, QByteArray> &original() const { return m_original; }

    // Puts every object back to its original plaintext and the inventory back to "plain", as an import with
    // overwrite would, so that the next encrypt has all the work to do. Returns what went wrong, or empty.
    QString restorePlaintext();
    // The invariants above; returns the first one broken (prefixed with `where`), or empty.
    QString checkInvariants(const QString &where) const;

private:
    QString m_data;
    QString m_workspace;
    QString m_root;
    QMap<QString, QByteArray> m_original;
};

} // namespace keyward::test
