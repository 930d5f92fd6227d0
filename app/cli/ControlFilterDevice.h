#pragma once

#include <QIODevice>
#include <QStringDecoder>

class QTextStream;

// Everything satchelctl prints passes through here on its way to the terminal (or the test's buffer):
// UTF-8 in, control characters from server text replaced (text/ControlCharacters), out to `sink`.
// Write-only; each write reaches the sink at once, so progress lines still appear as they happen.
class ControlFilterDevice : public QIODevice
{
public:
    explicit ControlFilterDevice(QTextStream &sink);
    ~ControlFilterDevice() override;

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QTextStream &m_sink;
    // A byte order mark stays (an exported CSV starts with one): the bytes on stdout are those of the file.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom};
    bool m_heldCarriageReturn = false;  // a '\r' at the end of a write: a line end if '\n' comes next
};
