#include "ControlFilterDevice.h"

#include "text/ControlCharacters.h"

#include <QTextStream>

ControlFilterDevice::ControlFilterDevice(QTextStream &sink) : m_sink(sink)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

ControlFilterDevice::~ControlFilterDevice()
{
    if (m_heldCarriageReturn) {
        m_sink << QChar::ReplacementCharacter;
        m_sink.flush();
    }
}

qint64 ControlFilterDevice::writeData(const char *data, qint64 size)
{
    QString text = m_decoder(QByteArrayView(data, size));  // keeps a split UTF-8 sequence for the next write
    if (m_heldCarriageReturn) {
        text.prepend(QLatin1Char('\r'));
        m_heldCarriageReturn = false;
    }
    if (text.endsWith(QLatin1Char('\r'))) {
        text.chop(1);
        m_heldCarriageReturn = true;
    }
    m_sink << ControlCharacters::replace(text);
    m_sink.flush();
    return size;
}
