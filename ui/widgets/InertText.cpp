#include "InertText.h"

#include <QGuiApplication>
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
    // In a right-to-left window a Latin name ending in ")" or "!" keeps them at its end (see isolated()).
    label->setText(QGuiApplication::layoutDirection() == Qt::RightToLeft ? isolated(text) : text);
}

QString InertText::toolTip(const QString &text)
{
    // WhiteSpaceNormal: spaces stay spaces, so a long tip still wraps.
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString InertText::isolated(const QString &text)
{
    // In a right-to-left window every text is isolated: a Latin "C+" or "Liam O'Brien!" would otherwise lend its
    // neutral characters ("+", "!", ")") to the Arabic around it and show as "+C".
    if (!text.isEmpty() && QGuiApplication::layoutDirection() == Qt::RightToLeft)
        return QChar(0x2068) + text + QChar(0x2069);
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
