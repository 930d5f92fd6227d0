#include "BatchEnvelope.h"

#include <cctype>

namespace {

constexpr int kMaxDepth = 64;

class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_p(text.constData()), m_end(text.constData() + text.size()) {}

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }

    // A JSON string, unescaped into UTF-8 (out may be null to skip it).
    bool string(QByteArray *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p != m_end) {
            const char c = *m_p;
            if (c == '"') {
                if (out)
                    out->append(start, m_p - start);
                ++m_p;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                ++m_p;
                continue;
            }
            if (out)
                out->append(start, m_p - start);
            if (++m_p == m_end)
                return false;
            if (!escape(out))
                return false;
            start = m_p;
        }
        return false;
    }

    bool literal(const char *word)
    {
        skipSpace();
        const qsizetype length = qstrlen(word);
        if (m_end - m_p < length || qstrncmp(m_p, word, length) != 0)
            return false;
        m_p += length;
        return true;
    }

    bool skipValue(int depth = 0)
    {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"':
            return string(nullptr);
        case '{':
            ++m_p;
            if (take('}'))
                return true;
            do {
                if (!string(nullptr) || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool number()
    {
        const char *start = m_p;
        while (m_p != m_end
               && (std::isdigit(static_cast<unsigned char>(*m_p)) || *m_p == '-' || *m_p == '+' || *m_p == '.'
                   || *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        return m_p != start;
    }

    bool hex4(char32_t *value)
    {
        if (m_end - m_p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        *value = v;
        return true;
    }

    static void appendUtf8(QByteArray *out, char32_t c)
    {
        if (c < 0x80) {
            out->append(char(c));
        } else if (c < 0x800) {
            out->append(char(0xC0 | (c >> 6)));
            out->append(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out->append(char(0xE0 | (c >> 12)));
            out->append(char(0x80 | ((c >> 6) & 0x3F)));
            out->append(char(0x80 | (c & 0x3F)));
        } else {
            out->append(char(0xF0 | (c >> 18)));
            out->append(char(0x80 | ((c >> 12) & 0x3F)));
            out->append(char(0x80 | ((c >> 6) & 0x3F)));
            out->append(char(0x80 | (c & 0x3F)));
        }
    }

    // After a backslash.
    bool escape(QByteArray *out)
    {
        const char c = *m_p++;
        char plain = 0;
        switch (c) {
        case '"':
            plain = '"';
            break;
        case '\\':
            plain = '\\';
            break;
        case '/':
            plain = '/';
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u': {
            char32_t code = 0;
            if (!hex4(&code))
                return false;
            if (code >= 0xD800 && code <= 0xDBFF) {
                // A high surrogate: the low one must follow as \uDC00..\uDFFF.
                char32_t low = 0;
                if (m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    const char *next = m_p;
                    m_p += 2;
                    if (!hex4(&low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        m_p = next;  // not its pair: that escape is a character of its own
                }
                code = (low >= 0xDC00 && low <= 0xDFFF) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD;
            } else if (code >= 0xDC00 && code <= 0xDFFF) {
                code = 0xFFFD;
            }
            if (out)
                appendUtf8(out, code);
            return true;
        }
        default:
            return false;
        }
        if (out)
            out->append(plain);
        return true;
    }

    const char *m_p;
    const char *m_end;
};

bool responses(Scanner &scanner, QList<BatchEnvelope::Part> *parts)
{
    if (!scanner.take('['))
        return false;
    if (scanner.take(']'))
        return true;
    do {
        BatchEnvelope::Part part;
        bool hasPayload = false;
        if (!scanner.take('{'))
            return false;
        if (!scanner.peek('}')) {
            do {
                QByteArray key;
                if (!scanner.string(&key) || !scanner.take(':'))
                    return false;
                if (key == "error") {
                    if (scanner.literal("true"))
                        part.error = true;
                    else if (!scanner.literal("false"))
                        return false;
                } else if (key == "data" || key == "exception") {
                    // Both never come together; the one that is there is the answer.
                    part.json.clear();
                    if (!scanner.string(&part.json))
                        return false;
                    hasPayload = true;
                } else if (!scanner.skipValue()) {
                    return false;
                }
            } while (scanner.take(','));
        }
        if (!scanner.take('}') || !hasPayload)
            return false;
        parts->append(std::move(part));
    } while (scanner.take(','));
    return scanner.take(']');
}

}  // namespace

std::optional<QList<BatchEnvelope::Part>> BatchEnvelope::split(const QByteArray &body)
{
    Scanner scanner(body);
    QList<Part> parts;
    bool sawResponses = false;
    if (!scanner.take('{'))
        return std::nullopt;
    if (!scanner.peek('}')) {
        do {
            QByteArray key;
            if (!scanner.string(&key) || !scanner.take(':'))
                return std::nullopt;
            if (key == "responses") {
                if (!responses(scanner, &parts))
                    return std::nullopt;
                sawResponses = true;
            } else if (!scanner.skipValue()) {
                return std::nullopt;
            }
        } while (scanner.take(','));
    }
    if (!scanner.take('}') || !scanner.atEnd() || !sawResponses)
        return std::nullopt;
    return parts;
}
