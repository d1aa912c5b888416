// Pkcs11Module: one loaded PKCS#11 library (dlopen, C_GetFunctionList, C_Initialize), shared by every store
// that uses the same file. Private to core: it is the only place besides the .cpp files that sees pkcs11.h.
#pragma once

#include "util/Result.h"

#include <QString>

#include <p11-kit/pkcs11.h>

#include <memory>

namespace keyward::keystore {

class Pkcs11Module
{
public:
    // Loads the module at `path`, or hands back the instance already loaded from that file. PKCS#11 state is
    // per process and per library (C_Finalize would pull the rug from under every other user), so one
    // instance owns it and is finalized and unloaded when the last store lets go.
    // Unavailable (naming the path) when the file is missing, does not load, or is not a PKCS#11 module.
    static Result<std::shared_ptr<Pkcs11Module>> load(const QString &path);
    ~Pkcs11Module();

    Pkcs11Module(const Pkcs11Module &) = delete;
    Pkcs11Module &operator=(const Pkcs11Module &) = delete;

    CK_FUNCTION_LIST *functions() const { return m_functions; }
    QString path() const { return m_path; }
    // "SoftHSM v2.6 (SoftHSM), Cryptoki 2.40" from C_GetInfo, for messages and the probe report.
    QString description() const { return m_description; }

private:
    Pkcs11Module(QString path, void *handle, CK_FUNCTION_LIST *functions, bool finalize);

    QString m_path;
    void *m_handle = nullptr;
    CK_FUNCTION_LIST *m_functions = nullptr;
    bool m_finalize = false; // false when someone else in this process had initialised the library already
    QString m_description;
};

// CK_UTF8CHAR fields are blank-padded, not NUL-terminated.
QString pkcs11PaddedText(const unsigned char *text, std::size_t size);

} // namespace keyward::keystore
