#pragma once

#include <QIODevice>
#include <QString>
#include <memory>

namespace inbeeld {

/// A read-only device between a workbook part (a QuaZipFile) and QXmlStreamReader that keeps the
/// XML parser's memory bounded whatever the part holds: it refuses a DTD (a workbook never has
/// one, and its entities are how a 5 KB file expands to gigabytes), more inflated bytes than
/// the limit, a text or tag longer than MaxRunBytes (the parser keeps a run whole) and elements
/// nested deeper than MaxDepth. On a violation it stops with an error; violation() says which,
/// so the reader can name the limit to the user instead of calling the workbook damaged.
class XmlPartGuard : public QIODevice
{
public:
    enum class Violation { None, Dtd, TooLarge, RunTooLong, TooDeep };

    /// Excel writes at most 32,767 characters to a cell; as XML with entities (&amp;) that is
    /// at most about 200 KB. One MiB leaves room and bounds the parser's buffers.
    static constexpr qint64 MaxRunBytes = 1024 * 1024;
    static constexpr int MaxDepth = 64;

    /// Reads source (open, read-only), which the guard owns, up to maxBytes.
    XmlPartGuard(std::unique_ptr<QIODevice> source, qint64 maxBytes);

    Violation violation() const { return m_violation; }
    qint64 bytesPassed() const { return m_passed; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool scan(const char* data, qint64 size);

    enum class State { Text, TagStart, Bang, Tag, Quoted, ProcessingInstruction };
    std::unique_ptr<QIODevice> m_source;
    qint64 m_maxBytes;
    qint64 m_passed = 0;
    qint64 m_run = 0;
    int m_depth = 0;
    State m_state = State::Text;
    char m_quote = 0;
    char m_previous = 0;
    bool m_closing = false;
    Violation m_violation = Violation::None;
};

} // namespace inbeeld
