#include "InertText.h"

#include <QLabel>
#include <QTextDocument>

QLabel *InertText::label(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    setText(label, text);
    return label;
}

void InertText::setText(QLabel *label, const QString &text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
}

QString InertText::toolTip(const QString &text)
{
    // WhiteSpaceNormal: spaces stay spaces, so a long tip still wraps.
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString InertText::isolated(const QString &text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirPDF:
        case QChar::DirRLI:
        case QChar::DirLRI:
        case QChar::DirFSI:
        case QChar::DirPDI:
            return QChar(0x2068) + text + QChar(0x2069);
        default:
            break;
        }
    }
    return text;
}

QString InertText::forShortcutText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
