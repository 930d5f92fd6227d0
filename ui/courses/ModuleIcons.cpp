#include "ModuleIcons.h"

#include "widgets/StatusIcons.h"

#include <QCoreApplication>

bool ModuleIcons::hasOwnIcon(const QString &module)
{
    static const QStringList known{QStringLiteral("assign"), QStringLiteral("quiz"),     QStringLiteral("forum"),
                                   QStringLiteral("page"),   QStringLiteral("resource"), QStringLiteral("url"),
                                   QStringLiteral("folder"), QStringLiteral("label")};
    return known.contains(module);
}

QString ModuleIcons::resourcePath(const QString &module)
{
    return QStringLiteral(":/icons/modules/%1.svg").arg(hasOwnIcon(module) ? module : QStringLiteral("generic"));
}

QIcon ModuleIcons::icon(const QString &module)
{
    return QIcon(resourcePath(module));
}

QIcon ModuleIcons::stateIcon(State state)
{
    switch (state) {
    case State::Done:
        return StatusIcons::icon(StatusIcons::Ok);
    case State::Failed:
        return StatusIcons::icon(StatusIcons::Error);
    case State::Pending:
        return QIcon(QStringLiteral(":/icons/modules/completion-pending.svg"));
    case State::Todo:
        break;
    }
    return QIcon(QStringLiteral(":/icons/modules/completion-todo.svg"));
}

QString ModuleIcons::typeName(const QString &module)
{
    if (module == QLatin1String("assign"))
        return QCoreApplication::translate("ModuleIcons", "Assignment");
    if (module == QLatin1String("quiz"))
        return QCoreApplication::translate("ModuleIcons", "Quiz");
    if (module == QLatin1String("forum"))
        return QCoreApplication::translate("ModuleIcons", "Forum");
    if (module == QLatin1String("page"))
        return QCoreApplication::translate("ModuleIcons", "Page");
    if (module == QLatin1String("resource"))
        return QCoreApplication::translate("ModuleIcons", "File");
    if (module == QLatin1String("url"))
        return QCoreApplication::translate("ModuleIcons", "Link");
    if (module == QLatin1String("folder"))
        return QCoreApplication::translate("ModuleIcons", "Folder");
    if (module == QLatin1String("label"))
        return QCoreApplication::translate("ModuleIcons", "Text");
    if (module.isEmpty())
        return QCoreApplication::translate("ModuleIcons", "Activity");
    return module.left(1).toUpper() + module.mid(1);
}
