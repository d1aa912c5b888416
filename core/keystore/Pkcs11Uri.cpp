// Pkcs11Uri: RFC 7512 encoding and decoding.
#include "keystore/Pkcs11Uri.h"

#include <QStringList>

namespace keyward::keystore {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

QString encode(const QByteArray &bytes, bool everything)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    for (const char c : bytes) {
        if (!everything && isUnreserved(c)) {
            out += QLatin1Char(c);
        } else {
            const auto b = static_cast<unsigned char>(c);
            out += QLatin1Char('%');
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 0xf]);
        }
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Result<QByteArray> decode(const QString &value)
{
    const QByteArray in = value.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        const int hi = i + 2 < in.size() ? hexValue(in[i + 1]) : -1;
        const int lo = i + 2 < in.size() ? hexValue(in[i + 2]) : -1;
        if (hi < 0 || lo < 0)
            return Error::make(ErrorCode::Format,
                               QStringLiteral("broken percent-escape in the pkcs11: URI '%1'").arg(value));
        out += char(hi << 4 | lo);
        i += 2;
    }
    return out;
}

} // namespace

QString Pkcs11Uri::toString() const
{
    QStringList parts;
    if (!token.isEmpty())
        parts << QStringLiteral("token=") + encode(token.toUtf8(), false);
    if (!serial.isEmpty())
        parts << QStringLiteral("serial=") + encode(serial.toUtf8(), false);
    if (!object.isEmpty())
        parts << QStringLiteral("object=") + encode(object.toUtf8(), false);
    if (!id.isEmpty())
        parts << QStringLiteral("id=") + encode(id, true);
    if (!type.isEmpty())
        parts << QStringLiteral("type=") + encode(type.toUtf8(), false);
    return QStringLiteral("pkcs11:") + parts.join(QLatin1Char(';'));
}

Result<Pkcs11Uri> Pkcs11Uri::parse(const QString &text)
{
    if (!text.startsWith(QLatin1String("pkcs11:"), Qt::CaseInsensitive))
        return Error::make(ErrorCode::Format, QStringLiteral("'%1' is not a pkcs11: URI").arg(text));
    QString path = text.mid(7);
    if (const qsizetype q = path.indexOf(QLatin1Char('?')); q >= 0)
        path.truncate(q);
    Pkcs11Uri uri;
    for (const QString &part : path.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::make(ErrorCode::Format,
                               QStringLiteral("'%1' in the pkcs11: URI is not name=value").arg(part));
        const QString name = part.left(eq).toLower();
        auto value = decode(part.mid(eq + 1));
        if (!value)
            return value.error();
        if (name == QLatin1String("token"))
            uri.token = QString::fromUtf8(*value);
        else if (name == QLatin1String("serial"))
            uri.serial = QString::fromUtf8(*value);
        else if (name == QLatin1String("object"))
            uri.object = QString::fromUtf8(*value);
        else if (name == QLatin1String("id"))
            uri.id = *value;
        else if (name == QLatin1String("type"))
            uri.type = QString::fromUtf8(*value);
    }
    return uri;
}

} // namespace keyward::keystore
