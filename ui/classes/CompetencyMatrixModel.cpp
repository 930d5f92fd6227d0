#include "CompetencyMatrixModel.h"

#include "ClassMatrixRead.h"
#include "widgets/InertText.h"

#include "display/ClassWorkText.h"
#include "store/ClassWorkRepository.h"
#include "text/TextFormat.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

struct CompetencyCells
{
    QList<qint64> userIds;
    QList<CompetencyRating> cells;
};

Result<CompetencyCells> readCells(const QSqlDatabase &db, qint64 courseId, const QList<CourseCompetency> &competencies,
                                  const QList<qint64> &learners)
{
    const Result<QList<CompetencyRating>> ratings = ClassWorkRepository(db).competencyRatings(courseId);
    if (!ratings)
        return Failure{ratings.error()};
    QHash<QPair<qint64, qint64>, CompetencyRating> byCell;  // (competency, learner) -> rating
    for (const CompetencyRating &r : *ratings)
        byCell.insert(qMakePair(r.competencyId, r.userId), r);
    CompetencyCells read;
    read.userIds = learners;
    for (const qint64 userId : learners) {
        for (const CourseCompetency &c : competencies) {
            // A learner the site was not asked about reads as not rated, as in satchelctl competencies.
            read.cells << byCell.value(qMakePair(c.competencyId, userId),
                                       CompetencyRating{courseId, c.competencyId, userId, std::nullopt, {}, false});
        }
    }
    return read;
}

}  // namespace

CompetencyMatrixModel::CompetencyMatrixModel(StoreConnection connection, QObject *parent)
    : ReloadableModel<QAbstractTableModel>(parent), m_connection(std::move(connection))
{}

void CompetencyMatrixModel::setCourse(qint64 courseId)
{
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    beginResetModel();
    m_competencies.clear();
    m_userIds.clear();
    m_names.clear();
    m_cells.clear();
    endResetModel();
    reload();
}

void CompetencyMatrixModel::reload()
{
    m_error.clear();
    QList<CourseCompetency> competencies;
    CompetencyCells cells;
    QStringList names;
    bool synced = false;
    QString refused;
    if (m_courseId != 0 && m_connection.database().isValid()) {
        const QSqlDatabase db = m_connection.database();
        ClassWorkRepository work(db);
        const Result<bool> stored = work.hasClassWork(m_courseId);
        const Result<QList<ClassWorkSharing>> sharing = work.sharing(m_courseId);
        const Result<QList<CourseCompetency>> listed = work.competencies(m_courseId);
        const QList<CourseCompetency> listedOrNone = listed ? *listed : QList<CourseCompetency>();
        Result<ClassMatrixRead<CompetencyCells>> read =
            readClassMatrix<CompetencyCells>(db, m_courseId, [&](const QList<qint64> &learners) {
                return readCells(db, m_courseId, listedOrNone, learners);
            });
        // A read that fails keeps the table shown so far (lastError() says why).
        const QString error = !stored ? stored.error()
            : !sharing                ? sharing.error()
            : !listed                 ? listed.error()
            : !read                   ? read.error()
                                      : QString();
        if (!error.isEmpty()) {
            m_error = error;
            return;
        }
        synced = *stored;
        for (const ClassWorkSharing &s : *sharing) {
            if (s.kind == ClassWorkSharing::kCompetencies && !s.shared)
                refused = s.reason.isEmpty() ? QStringLiteral("refused") : s.reason;
        }
        competencies = listedOrNone;
        cells = std::move(read->matrix);
        names = std::move(read->names);
    }
    if (cells.userIds.size() != names.size() || cells.cells.size() != cells.userIds.size() * competencies.size()) {
        cells = {};
        names.clear();
    }

    bool sameShape = cells.userIds == m_userIds && competencies.size() == m_competencies.size();
    for (qsizetype c = 0; sameShape && c < competencies.size(); ++c)
        sameShape = competencies.at(c).competencyId == m_competencies.at(c).competencyId;
    takeReload(sameShape, [&] {
        m_competencies = std::move(competencies);
        m_cells = std::move(cells.cells);
        m_userIds = std::move(cells.userIds);
        m_names = std::move(names);
        m_synced = synced;
        m_competenciesRefused = refused;
    });
}

int CompetencyMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_userIds.size());
}

int CompetencyMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_userIds.isEmpty() ? 0 : int(m_competencies.size()) + 1;
}

const CompetencyRating &CompetencyMatrixModel::cell(int row, int column) const
{
    return m_cells.at(qsizetype(row) * m_competencies.size() + column - 1);
}

int CompetencyMatrixModel::proficientCount(int column) const
{
    if (column < 1 || column > m_competencies.size())
        return 0;
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += cell(row, column).proficient;
    return count;
}

QString CompetencyMatrixModel::columnTitle(int column) const
{
    if (column == NameColumn)
        return tr("Learner");
    if (column > NameColumn && column <= m_competencies.size()) {
        const QString name = ClassWorkText::competencyName(m_competencies.at(column - 1));
        return name.isEmpty() ? tr("Unnamed competency") : name;
    }
    return {};
}

QVariant CompetencyMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == UserIdRole)
        return m_userIds.at(row);
    if (column == NameColumn)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(m_names.at(row)) : QVariant();

    const CourseCompetency &competency = m_competencies.at(column - 1);
    const CompetencyRating &rating = cell(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return rating.proficient ? tr("%1 ✓", "a rating that is proficient").arg(ClassWorkText::ratingText(rating))
                                 : ClassWorkText::ratingText(rating);
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 – %2").arg(m_names.at(row), columnTitle(column))};
        lines << (rating.proficient
                      ? tr("%1, %2").arg(ClassWorkText::ratingText(rating), ClassWorkText::proficientText())
                      : ClassWorkText::ratingText(rating));
        if (const QString description = TextFormat::plainText(competency.description); !description.isEmpty())
            lines << description;
        return InertText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (!rating.rated())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case CompetencyIdRole:
        return competency.competencyId;
    case RatedRole:
        return rating.rated();
    case ProficientRole:
        return rating.proficient;
    case SortRole:
        return rating.grade.value_or(0) * 2 + int(rating.proficient);
    }
    return {};
}

QVariant CompetencyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (!isCompetencyColumn(section))
        return {};
    const CourseCompetency &competency = m_competencies.at(section - 1);
    switch (role) {
    case Qt::ToolTipRole: {
        QStringList lines{columnTitle(section),
                          ClassWorkText::proficientShareText(proficientCount(section), rowCount())};
        if (const QString description = TextFormat::plainText(competency.description); !description.isEmpty())
            lines << description;
        return InertText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case CompetencyIdRole:
        return competency.competencyId;
    }
    return {};
}
