#include "DownloadQuestion.h"

#include <QLocale>
#include <QMessageBox>

bool DownloadQuestion::mayStart(qint64 bytes, qint64 askAbove, const QString &question, const QString &title,
                                const Confirmation &confirm, QWidget *parent)
{
    if (bytes <= askAbove)
        return true;
    const QString text = question.arg(megabytes(bytes));
    if (confirm)
        return confirm(text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes;
}

QString DownloadQuestion::megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}
