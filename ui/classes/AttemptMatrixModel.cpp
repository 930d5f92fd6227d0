#include "AttemptMatrixModel.h"

#include "ClassMatrixRead.h"
#include "widgets/InertText.h"

#include "display/ClassWorkText.h"
#include "store/ClassWorkRepository.h"
#include "store/DeadlineRepository.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace {

struct AttemptCells
{
    QList<qint64> userIds;
    QList<Quiz> quizzes;
    QList<QList<QuizAttempt>> cells;
};

Result<AttemptCells> readCells(const QSqlDatabase &db, qint64 courseId, const QList<qint64> &learners)
{
    // In the order satchelctl attempts and the exports list them.
    Result<QList<Quiz>> quizzes = DeadlineRepository(db).courseQuizzes(courseId);
    if (!quizzes)
        return Failure{quizzes.error()};
    const Result<QList<QuizAttempt>> attempts = ClassWorkRepository(db).attempts(courseId);
    if (!attempts)
        return Failure{attempts.error()};
    AttemptCells read;
    read.userIds = learners;
    read.quizzes = std::move(quizzes).value();
    QHash<QPair<qint64, qint64>, QList<QuizAttempt>> byCell;
    for (const QuizAttempt &attempt : *attempts)
        byCell[qMakePair(attempt.quizId, attempt.userId)] << attempt;
    for (const qint64 userId : learners) {
        for (const Quiz &quiz : std::as_const(read.quizzes))
            read.cells << byCell.value(qMakePair(quiz.id, userId));
    }
    return read;
}

QuizGrading gradingOf(const Quiz &quiz)
{
    return QuizGrading{quiz.sumGrades, quiz.maxGrade, quiz.decimalPoints};
}

QString dateTime(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat);
}

}  // namespace

AttemptMatrixModel::AttemptMatrixModel(StoreConnection connection, QObject *parent)
    : ReloadableModel<QAbstractTableModel>(parent), m_connection(std::move(connection))
{}

void AttemptMatrixModel::setCourse(qint64 courseId)
{
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    beginResetModel();
    m_quizzes.clear();
    m_userIds.clear();
    m_names.clear();
    m_cells.clear();
    endResetModel();
    reload();
}

void AttemptMatrixModel::reload()
{
    m_error.clear();
    AttemptCells cells;
    QStringList names;
    bool synced = false;
    QString refused;
    if (m_courseId != 0 && m_connection.database().isValid()) {
        const QSqlDatabase db = m_connection.database();
        ClassWorkRepository work(db);
        const Result<bool> stored = work.hasClassWork(m_courseId);
        const Result<QList<ClassWorkSharing>> sharing = work.sharing(m_courseId);
        Result<ClassMatrixRead<AttemptCells>> read = readClassMatrix<AttemptCells>(
            db, m_courseId, [&](const QList<qint64> &learners) { return readCells(db, m_courseId, learners); });
        // A read that fails keeps the table shown so far (lastError() says why).
        const QString error = !stored ? stored.error() : !sharing ? sharing.error() : !read ? read.error() : QString();
        if (!error.isEmpty()) {
            m_error = error;
            return;
        }
        synced = *stored;
        for (const ClassWorkSharing &s : *sharing) {
            if (s.kind == ClassWorkSharing::kAttempts && !s.shared)
                refused = s.reason.isEmpty() ? QStringLiteral("refused") : s.reason;
        }
        cells = std::move(read->matrix);
        names = std::move(read->names);
    }
    if (cells.userIds.size() != names.size() || cells.cells.size() != cells.userIds.size() * cells.quizzes.size()) {
        cells = {};
        names.clear();
    }

    bool sameShape = cells.userIds == m_userIds && cells.quizzes.size() == m_quizzes.size();
    for (qsizetype c = 0; sameShape && c < cells.quizzes.size(); ++c)
        sameShape = cells.quizzes.at(c).id == m_quizzes.at(c).id;
    takeReload(sameShape, [&] {
        m_quizzes = std::move(cells.quizzes);
        m_cells = std::move(cells.cells);
        m_userIds = std::move(cells.userIds);
        m_names = std::move(names);
        m_synced = synced;
        m_attemptsRefused = refused;
    });
}

int AttemptMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_userIds.size());
}

int AttemptMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_userIds.isEmpty() ? 0 : int(m_quizzes.size()) + 1;
}

const QList<QuizAttempt> &AttemptMatrixModel::cell(int row, int column) const
{
    return m_cells.at(qsizetype(row) * m_quizzes.size() + column - 1);
}

const QuizAttempt *AttemptMatrixModel::shownAttempt(int row, int column) const
{
    const QList<QuizAttempt> &attempts = cell(row, column);
    const QuizGrading grading = gradingOf(m_quizzes.at(column - 1));
    const QuizAttempt *best = nullptr;
    for (const QuizAttempt &a : attempts) {
        const std::optional<double> grade = grading.gradeOf(a.sumGrades);
        if (grade && (!best || *grade > *grading.gradeOf(best->sumGrades)))
            best = &a;
    }
    return best ? best : attempts.isEmpty() ? nullptr : &attempts.last();
}

QString AttemptMatrixModel::columnTitle(int column) const
{
    if (column == NameColumn)
        return tr("Learner");
    if (isQuizColumn(column)) {
        const QString name = m_quizzes.at(column - 1).name;
        return name.isEmpty() ? tr("Unnamed quiz") : name;
    }
    return {};
}

QString AttemptMatrixModel::stateText(const QString &state)
{
    if (state == QLatin1String("inprogress"))
        return tr("in progress");
    if (state == QLatin1String("overdue"))
        return tr("overdue");
    if (state == QLatin1String("finished"))
        return tr("finished");
    if (state == QLatin1String("abandoned"))
        return tr("never submitted");
    return state;
}

QVariant AttemptMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == UserIdRole)
        return m_userIds.at(row);
    if (column == NameColumn)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(m_names.at(row)) : QVariant();

    const Quiz &quiz = m_quizzes.at(column - 1);
    const QuizGrading grading = gradingOf(quiz);
    const QList<QuizAttempt> &attempts = cell(row, column);
    const QuizAttempt *shown = shownAttempt(row, column);
    const std::optional<double> best = shown ? grading.gradeOf(shown->sumGrades) : std::nullopt;
    const qint64 duration = shown ? shown->duration().value_or(-1) : -1;  // -1: unknown
    switch (role) {
    case Qt::DisplayRole: {
        if (attempts.isEmpty())
            return tr("no attempt");
        const int count = int(attempts.size());
        QStringList parts{count == 1 ? tr("1 attempt") : tr("%Ln attempts", "n != 1", count)};
        if (best)
            parts << ClassWorkText::quizGradeText(grading, shown->sumGrades);
        if (duration >= 0)
            parts << ClassWorkText::durationText(duration);
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 – %2").arg(m_names.at(row), columnTitle(column))};
        if (attempts.isEmpty())
            lines << tr("No attempt");
        for (const QuizAttempt &a : attempts) {
            QStringList parts{tr("Attempt %1").arg(a.attempt), stateText(a.state)};
            if (a.timeStart > 0)
                parts << tr("started %1").arg(dateTime(a.timeStart));
            if (a.duration())
                parts << tr("took %1").arg(ClassWorkText::durationText(*a.duration()));
            if (const QString marks = grading.marksText(a.sumGrades); !marks.isEmpty())
                parts << tr("marks %1").arg(marks);
            if (const QString grade = ClassWorkText::quizGradeText(grading, a.sumGrades); !grade.isEmpty())
                parts << tr("grade %1").arg(grade);
            lines << parts.join(QStringLiteral(" · "));
        }
        return InertText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (attempts.isEmpty())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case QuizIdRole:
        return quiz.id;
    case AttemptCountRole:
        return int(attempts.size());
    case BestGradeRole:
        return best ? QVariant(*best) : QVariant();
    case DurationRole:
        return duration >= 0 ? QVariant(duration) : QVariant();
    case SortRole:
        return (best ? *best : -1.0) * 1000 + double(attempts.size());
    }
    return {};
}

QVariant AttemptMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (!isQuizColumn(section))
        return {};
    const Quiz &quiz = m_quizzes.at(section - 1);
    switch (role) {
    case Qt::ToolTipRole: {
        int attempted = 0;
        for (int row = 0; row < rowCount(); ++row)
            attempted += !cell(row, section).isEmpty();
        QStringList lines{columnTitle(section), tr("%L1 of %L2 learners attempted it").arg(attempted).arg(rowCount())};
        if (quiz.maxGrade > 0)
            lines << tr("Graded out of %1").arg(quiz.maxGrade, 0, 'f', gradingOf(quiz).decimals());
        return InertText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case QuizIdRole:
        return quiz.id;
    }
    return {};
}
