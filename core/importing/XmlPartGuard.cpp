#include "core/importing/XmlPartGuard.h"

#include <algorithm>

namespace inbeeld {

XmlPartGuard::XmlPartGuard(std::unique_ptr<QIODevice> source, qint64 maxBytes)
    : m_source(std::move(source))
    , m_maxBytes(maxBytes)
{
    open(QIODevice::ReadOnly);
}

qint64 XmlPartGuard::readData(char* data, qint64 maxSize)
{
    if (m_violation != Violation::None)
        return -1;
    const qint64 n = m_source->read(data, std::min<qint64>(maxSize, 64 * 1024));
    if (n <= 0)
        return n;
    m_passed += n;
    if (m_passed > m_maxBytes) {
        m_violation = Violation::TooLarge;
        return -1;
    }
    return scan(data, n) ? n : -1;
}

bool XmlPartGuard::scan(const char* data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (++m_run > MaxRunBytes) {
            m_violation = Violation::RunTooLong;
            return false;
        }
        switch (m_state) {
        case State::Text:
            if (c == '<') {
                m_state = State::TagStart;
                m_run = 0;
            }
            break;
        case State::TagStart:
            if (c == '!') {
                m_state = State::Bang;
            } else if (c == '?') {
                m_state = State::ProcessingInstruction;
            } else {
                m_closing = c == '/';
                m_state = State::Tag;
                if (!m_closing && ++m_depth > MaxDepth) {
                    m_violation = Violation::TooDeep;
                    return false;
                }
            }
            break;
        case State::Bang:
            // "<!--" comments and "<![CDATA[" are allowed; "<!DOCTYPE" and "<!ENTITY" are not.
            if (c != '-' && c != '[') {
                m_violation = Violation::Dtd;
                return false;
            }
            m_state = State::ProcessingInstruction; // skipped to the next '>'
            break;
        case State::ProcessingInstruction:
            if (c == '>') {
                m_state = State::Text;
                m_run = 0;
            }
            break;
        case State::Tag:
            if (c == '"' || c == '\'') {
                m_quote = c;
                m_state = State::Quoted;
            } else if (c == '>') {
                if (m_closing || m_previous == '/')
                    --m_depth;
                m_state = State::Text;
                m_run = 0;
            }
            break;
        case State::Quoted:
            if (c == m_quote)
                m_state = State::Tag;
            break;
        }
        m_previous = c;
    }
    return true;
}

} // namespace inbeeld
