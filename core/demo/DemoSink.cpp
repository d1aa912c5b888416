// DemoSink: buffered writes into one demo object, with seeks so that disk images stay sparse.
#include "demo/DemoSink.h"

#include "demo/DemoConstants.h"

#include <algorithm>

namespace keyward::demo {

namespace {

constexpr qint64 SinkChunk = MiB;

} // namespace

void DemoSink::write(QByteArrayView bytes)
{
    m_buffer.append(bytes);
    m_pos += bytes.size();
    m_end = std::max(m_end, m_pos);
    if (m_buffer.size() >= SinkChunk)
        flush();
}

void DemoSink::seek(qint64 pos)
{
    flush();
    if (m_ok && !m_device->seek(pos))
        m_ok = false;
    m_pos = pos;
}

bool DemoSink::flush()
{
    if (m_ok && !m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
        m_ok = false;
    m_buffer.clear();
    return m_ok;
}

} // namespace keyward::demo
