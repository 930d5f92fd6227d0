#include "GradeNames.h"

#include <QCoreApplication>

namespace {

QString text(const char *source, GradeNames::Language language)
{
    return language == GradeNames::Language::English ? QString::fromLatin1(source)
                                                     : QCoreApplication::translate("GradeNames", source);
}

}  // namespace

QString GradeNames::itemName(const QString &name, const QString &itemType, Language language)
{
    if (itemType == QLatin1String("course"))
        return text(QT_TRANSLATE_NOOP("GradeNames", "Course total"), language);
    if (itemType == QLatin1String("category")) {
        return name.isEmpty() ? text(QT_TRANSLATE_NOOP("GradeNames", "Category total"), language)
                              : text(QT_TRANSLATE_NOOP("GradeNames", "Category total (%1)"), language).arg(name);
    }
    return name;
}
