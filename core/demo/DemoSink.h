// DemoSink: buffered writes into one demo object, with seeks so that disk images stay sparse.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

namespace keyward::demo {

class DemoSink
{
public:
    explicit DemoSink(QIODevice *device) : m_device(device) {}

    void write(QByteArrayView bytes);
    void seek(qint64 pos);
    bool flush(); // false once any write or seek failed
    qint64 size() const { return m_end; }
    bool ok() const { return m_ok; }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    qint64 m_pos = 0;
    qint64 m_end = 0;
    bool m_ok = true;
};

} // namespace keyward::demo
