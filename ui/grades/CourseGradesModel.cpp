#include "CourseGradesModel.h"

#include "GradeItemsModel.h"

#include "store/CourseRepository.h"
#include "store/GradeRepository.h"
#include "widgets/InertText.h"

#include <QHash>
#include <QLocale>

CourseGradesModel::CourseGradesModel(StoreConnection connection, qint64 userId, QObject *parent)
    : ReloadableModel<QAbstractTableModel>(parent), m_connection(std::move(connection)), m_userId(userId)
{
    reload();
}

void CourseGradesModel::reload()
{
    QList<Row> rows;
    m_error.clear();
    if (m_connection.database().isValid()) {
        // A read that fails keeps the rows shown so far (lastError() says why).
        const Result<QList<Course>> courses = CourseRepository(m_connection.database()).courses();
        if (!courses) {
            m_error = courses.error();
            return;
        }
        GradeRepository grades(m_connection.database());
        const Result<QList<CourseGrade>> courseGrades = grades.courseGrades();
        if (!courseGrades) {
            m_error = courseGrades.error();
            return;
        }
        QHash<qint64, Course> byId;
        for (const Course &course : *courses)
            byId.insert(course.id, course);
        for (const CourseGrade &grade : *courseGrades) {
            Row row;
            row.courseId = grade.courseId;
            const Course course = byId.value(grade.courseId);
            row.shortName = course.shortName;
            row.fullName = course.fullName.isEmpty() ? course.shortName : course.fullName;
            row.grade = grade.gradeFormatted.isEmpty() ? QStringLiteral("-") : grade.gradeFormatted;
            row.gradeRaw = grade.gradeRaw;
            // The overview report has no percentage; the user report's course total does, when synced.
            const Result<QList<GradeItem>> items = grades.gradeItems(grade.courseId, m_userId);
            if (!items) {
                m_error = items.error();
                return;
            }
            for (const GradeItem &item : *items) {
                if (!item.isTotal())
                    continue;
                if (!item.percentageFormatted.isEmpty() && item.percentageFormatted != QLatin1String("-"))
                    row.percentage = item.percentageFormatted;
                else if (const auto percent = GradeItemsModel::percentOf(item))
                    row.percentage = tr("%1 %").arg(QLocale().toString(*percent, 'f', 2));
                break;
            }
            rows << row;
        }
    }

    takeReload(sameKeys(m_rows, rows, [](const Row &row) { return row.courseId; }), [&] { m_rows = std::move(rows); });
}

int CourseGradesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CourseGradesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CourseGradesModel::rowOfCourse(qint64 courseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).courseId == courseId)
            return i;
    }
    return -1;
}

qint64 CourseGradesModel::courseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).courseId : 0;
}

QVariant CourseGradesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CourseColumn:
            return row.fullName;
        case GradeColumn:
            return row.grade;
        case PercentageColumn:
            return row.percentage;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CourseColumn)
            return InertText::toolTip(
                row.shortName.isEmpty() ? row.fullName : QStringLiteral("%1 (%2)").arg(row.fullName, row.shortName));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == PercentageColumn && row.percentage.isEmpty())
            return tr("No percentage");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != CourseColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CourseIdRole:
        return row.courseId;
    case ShortNameRole:
        return row.shortName;
    case GradeRawRole:
        if (row.gradeRaw)
            return *row.gradeRaw;
        return {};
    }
    return {};
}

QVariant CourseGradesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section != CourseColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CourseColumn:
        return tr("Course");
    case GradeColumn:
        return tr("Grade");
    case PercentageColumn:
        return tr("Percentage");
    }
    return {};
}
