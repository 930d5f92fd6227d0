#include "CourseListModel.h"

#include "store/CourseRepository.h"
#include "store/GradeRepository.h"
#include "widgets/InertText.h"

#include <QHash>
#include <algorithm>

CourseListModel::CourseListModel(StoreConnection connection, QObject *parent)
    : QAbstractListModel(parent), m_connection(std::move(connection))
{
    reload();
}

bool CourseListModel::reload()
{
    Result<QList<Course>> courses = CourseRepository(m_connection.database()).courses();
    if (!courses) {
        m_lastError = courses.error();
        return false;
    }
    QList<Course> list = std::move(courses).value();
    const Result<QList<CourseGrade>> grades = GradeRepository(m_connection.database()).courseGrades();
    QHash<qint64, QString> gradeByCourse;
    for (const CourseGrade &grade : grades.valueOr({}))
        gradeByCourse.insert(grade.courseId, grade.gradeFormatted);
    // A course without its grade is still worth listing (lastError() says the grades are missing).
    m_lastError = grades ? QString() : grades.error();

    // The repository gives site order; favourites move to the top and keep that order among themselves.
    std::stable_partition(list.begin(), list.end(), [](const Course &course) { return course.favourite; });
    QList<Row> rows;
    rows.reserve(list.size());
    for (const Course &course : list)
        rows.append(Row{course, gradeByCourse.value(course.id)});

    const bool sameCourses = std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                                        [](const Row &a, const Row &b) { return a.course.id == b.course.id; });
    if (sameCourses) {
        // In place: selection, current row and scroll position stay where they are.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    return true;
}

int CourseListModel::rowOf(qint64 courseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).course.id == courseId)
            return row;
    }
    return -1;
}

qint64 CourseListModel::courseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).course.id : 0;
}

QString CourseListModel::searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    }
    return key.toCaseFolded();
}

QString CourseListModel::progressText(std::optional<double> percent)
{
    if (!percent)
        return QStringLiteral("–");
    return tr("%L1%").arg(qRound(*percent));
}

int CourseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CourseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Course &course = row.course;
    switch (role) {
    case Qt::DisplayRole:
    case FullNameRole:
        return course.fullName;
    case CourseIdRole:
        return course.id;
    case ShortNameRole:
        return course.shortName;
    case ProgressRole:
        return course.progress ? QVariant(*course.progress) : QVariant();
    case ProgressTextRole:
        return progressText(course.progress);
    case CompletedRole:
        return course.completed;
    case FavouriteRole:
        return course.favourite;
    case HiddenRole:
        return course.hidden || !course.visible;
    case HiddenTextRole:
        // Teachers see courses hidden from students; anyone can hide a course from their dashboard.
        if (!course.visible)
            return tr("Hidden from students");
        return course.hidden ? tr("Hidden") : QString();
    case GradeRole:
        return row.grade;
    case SearchTextRole:
        return searchKey(course.fullName + QLatin1Char('\n') + course.shortName);
    case Qt::ToolTipRole:
        return InertText::toolTip(course.fullName);
    case Qt::AccessibleTextRole: {
        // One sentence for screen readers: everything the row paints.
        QStringList parts{course.fullName, course.shortName};
        if (course.favourite)
            parts << tr("favourite");
        if (const QString hidden = data(index, HiddenTextRole).toString(); !hidden.isEmpty())
            parts << hidden;
        if (course.progress)
            parts << tr("%L1% complete").arg(qRound(*course.progress));
        if (course.completed)
            parts << tr("completed");
        if (!row.grade.isEmpty())
            parts << tr("grade %1").arg(row.grade);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CourseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CourseIdRole, "courseId");
    names.insert(ShortNameRole, "shortName");
    names.insert(FullNameRole, "fullName");
    names.insert(ProgressRole, "progress");
    names.insert(ProgressTextRole, "progressText");
    names.insert(CompletedRole, "completed");
    names.insert(FavouriteRole, "favourite");
    names.insert(HiddenRole, "hidden");
    names.insert(HiddenTextRole, "hiddenText");
    names.insert(GradeRole, "grade");
    names.insert(SearchTextRole, "searchText");
    return names;
}
