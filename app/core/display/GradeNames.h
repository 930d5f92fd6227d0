#pragma once

#include <QString>

// How a grade item is named wherever it is shown or exported. Moodle's answer gives totals no name of their
// own: "Course total", "Category total (Problem sets)".
namespace GradeNames {

enum class Language {
    Translated,  // the app's language (English where no translator is loaded: satchelctl)
    English,  // files read by other programs (exports), whatever the app's language
};

// itemType as Moodle sends it: "course", "category", "mod", "manual".
QString itemName(const QString &name, const QString &itemType, Language language = Language::Translated);

}  // namespace GradeNames
