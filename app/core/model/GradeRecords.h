#pragma once

#include <QString>
#include <optional>

// Grades as Moodle computes and formats them. Raw values are for sorting and charts;
// formatted values are what a person reads (HTML tags stripped, entities decoded).
struct CourseGrade
{
    qint64 courseId = 0;
    QString gradeFormatted;  // "88.00", "-"
    std::optional<double> gradeRaw;  // "88.00000", 172.15…, or null in the same response
};

struct GradeItem
{
    qint64 id = 0;
    qint64 courseId = 0;
    qint64 userId = 0;
    int position = 0;
    QString itemName;  // empty for category and course totals
    QString itemType;  // "mod", "manual", "category", "course"
    QString itemModule;
    qint64 itemInstance = 0;
    std::optional<qint64> cmid;
    std::optional<qint64> categoryId;
    std::optional<double> gradeRaw;
    QString gradeFormatted;  // "91.00", "C+", "Highly competent", "-"
    std::optional<double> gradeMin;
    std::optional<double> gradeMax;
    QString rangeFormatted;  // "0–100", "Not yet competent–Highly competent"
    QString percentageFormatted;  // "91.00 %", "-"
    QString weightFormatted;
    QString feedback;  // HTML
    int feedbackFormat = 0;
    bool hidden = false;
    bool locked = false;
    std::optional<qint64> gradedAt;
    std::optional<qint64> submittedAt;

    bool isTotal() const { return itemType == QLatin1String("course"); }
    bool isCategory() const { return itemType == QLatin1String("category"); }
};
