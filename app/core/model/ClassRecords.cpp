#include "ClassRecords.h"

#include <QSet>

bool Participant::teaches() const
{
    static const QSet<QString> teaching{QStringLiteral("editingteacher"), QStringLiteral("teacher"),
                                        QStringLiteral("manager"), QStringLiteral("coursecreator")};
    for (const QString &role : roles) {
        if (teaching.contains(role))
            return true;
    }
    return false;
}

QString Participant::externalId() const
{
    if (!idNumber.trimmed().isEmpty())
        return idNumber.trimmed();
    if (!username.trimmed().isEmpty())
        return username.trimmed();
    return QString::number(userId);
}
