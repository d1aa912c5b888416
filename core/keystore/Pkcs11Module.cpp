// Pkcs11Module: loading, initialising and unloading a PKCS#11 library, once per file per process.
#include "keystore/Pkcs11Module.h"

#include "keystore/Pkcs11Error.h"

#include <QFileInfo>

#include <dlfcn.h>

#include <map>
#include <mutex>

namespace keyward::keystore {

namespace {

std::mutex &registryMutex()
{
    static std::mutex m;
    return m;
}

std::map<QString, std::weak_ptr<Pkcs11Module>> &registry()
{
    static std::map<QString, std::weak_ptr<Pkcs11Module>> r;
    return r;
}

} // namespace

QString pkcs11PaddedText(const unsigned char *text, std::size_t size)
{
    std::size_t n = size;
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\0'))
        --n;
    return QString::fromUtf8(reinterpret_cast<const char *>(text), qsizetype(n));
}

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::load(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return Error::make(ErrorCode::Unavailable, QStringLiteral("the PKCS#11 module %1 does not exist").arg(path));
    const QString canonical = info.canonicalFilePath();

    std::lock_guard lock(registryMutex());
    if (auto existing = registry()[canonical].lock())
        return existing;

    void *handle = dlopen(QFile::encodeName(canonical).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        return Error::make(ErrorCode::Unavailable, QStringLiteral("the PKCS#11 module %1 cannot be loaded: %2")
                                                       .arg(path, QString::fromLocal8Bit(why ? why : "unknown error")));
    }
    auto getFunctionList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(handle, "C_GetFunctionList"));
    CK_FUNCTION_LIST *functions = nullptr;
    if (!getFunctionList || getFunctionList(&functions) != CKR_OK || !functions) {
        dlclose(handle);
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("%1 is not a PKCS#11 module (it has no usable C_GetFunctionList)").arg(path));
    }

    // The module may be called from job threads; let it use the OS's own locks.
    CK_C_INITIALIZE_ARGS args{};
    args.flags = CKF_OS_LOCKING_OK;
    const CK_RV rv = functions->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        dlclose(handle);
        Error e = pkcs11Error(rv, QStringLiteral("initialising the PKCS#11 module %1").arg(path));
        e.code = ErrorCode::Unavailable; // whatever the reason, the module is not there to use
        return e;
    }

    std::shared_ptr<Pkcs11Module> module(new Pkcs11Module(canonical, handle, functions, rv == CKR_OK));
    registry()[canonical] = module;
    return module;
}

Pkcs11Module::Pkcs11Module(QString path, void *handle, CK_FUNCTION_LIST *functions, bool finalize)
    : m_path(std::move(path)), m_handle(handle), m_functions(functions), m_finalize(finalize)
{
    CK_INFO info{};
    if (m_functions->C_GetInfo(&info) == CKR_OK) {
        m_description = QStringLiteral("%1 (%2) %3.%4, Cryptoki %5.%6")
                            .arg(pkcs11PaddedText(info.libraryDescription, sizeof info.libraryDescription),
                                 pkcs11PaddedText(info.manufacturerID, sizeof info.manufacturerID))
                            .arg(info.libraryVersion.major)
                            .arg(info.libraryVersion.minor)
                            .arg(info.cryptokiVersion.major)
                            .arg(info.cryptokiVersion.minor);
    }
}

Pkcs11Module::~Pkcs11Module()
{
    // Held throughout, so that a load() racing with the last release waits for C_Finalize instead of
    // finding the library still initialised and then losing it.
    std::lock_guard lock(registryMutex());
    auto it = registry().find(m_path);
    if (it != registry().end() && it->second.expired())
        registry().erase(it);
    if (m_finalize)
        m_functions->C_Finalize(nullptr);
    dlclose(m_handle);
}

} // namespace keyward::keystore
