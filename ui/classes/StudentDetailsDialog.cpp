#include "StudentDetailsDialog.h"

#include "CompletionMatrixModel.h"
#include "ParticipantListModel.h"
#include "courses/ModuleIcons.h"
#include "grades/GradeItemsModel.h"
#include "home/DeadlineListModel.h"
#include "widgets/InertText.h"
#include "widgets/IsolatingItemDelegate.h"

#include "common/Clock.h"
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString countryName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}
}  // namespace

StudentDetailsDialog::StudentDetailsDialog(QSqlDatabase db, qint64 courseId, qint64 userId, const Clock *clock,
                                           QWidget *parent)
    : QDialog(parent), m_courseId(courseId), m_userId(userId)
{
    setObjectName(QStringLiteral("studentDetails"));
    if (!clock)
        clock = Clock::system();

    ClassRepository classes(db);
    const Result<std::optional<Participant>> read = classes.participant(courseId, userId);
    if (!read)
        readFailed(read.error());
    const std::optional<Participant> person = read.valueOr(std::nullopt);
    const QString name = person
        ? person->fullName
        : (read ? tr("Unknown learner") : tr("This learner could not be read from this computer"));
    setWindowTitle(tr("%1 – Satchel").arg(name));
    setAccessibleName(tr("Learner details"));

    m_name = InertText::label(name, this);
    m_name->setObjectName(QStringLiteral("studentName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);

    auto *profileBox = new QWidget(this);
    m_profile = new QFormLayout(profileBox);
    m_profile->setContentsMargins(0, 0, 0, 0);
    m_profile->setLabelAlignment(Qt::AlignLeft);
    m_profile->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (person) {
        QStringList groups;
        QHash<qint64, QString> groupNames;
        const Result<QList<CourseGroup>> groupList = classes.groups(courseId);
        if (!groupList)
            readFailed(groupList.error());
        for (const CourseGroup &group : groupList.valueOr({}))
            groupNames.insert(group.id, group.name);
        for (const qint64 id : person->groupIds) {
            if (groupNames.contains(id))
                groups << groupNames.value(id);
        }
        QStringList roles;
        for (const QString &role : person->roles)
            roles << ParticipantListModel::roleName(role);
        QStringList place;
        if (!person->city.isEmpty())
            place << person->city;
        if (const QString country = countryName(person->country); !country.isEmpty())
            place << country;

        addProfileRow(tr("Email"), person->email);
        addProfileRow(tr("City/country"), place.join(QStringLiteral(", ")));
        addProfileRow(tr("Address"), person->address);
        addProfileRow(tr("Groups"), groups.isEmpty() ? tr("No group") : groups.join(QStringLiteral(", ")));
        addProfileRow(tr("Roles"), roles.join(QStringLiteral(", ")));
        addProfileRow(tr("Last access"),
                      person->lastAccess
                          ? tr("%1 (%2)").arg(DeadlineListModel::relativeText(*person->lastAccess, clock->now()),
                                              DeadlineListModel::absoluteText(*person->lastAccess))
                          : tr("Never"));
        addProfileRow(tr("External ID"), person->externalId());
    } else {
        addProfileRow(tr("Profile"), tr("Not in this class on this computer. Sync to update the class."));
    }

    // Grades: the learner's own report, as the Grades page shows it to a student.
    m_grades = new GradeItemsModel(db, userId, this);
    m_grades->setObjectName(QStringLiteral("studentGradeItems"));
    m_grades->setCourse(courseId);
    m_gradeView = new QTreeView(this);
    m_gradeView->setObjectName(QStringLiteral("studentGrades"));
    m_gradeView->setAccessibleName(tr("Grade items of %1").arg(name));
    m_gradeView->setModel(m_grades);
    m_gradeView->setItemDelegate(new IsolatingItemDelegate(m_gradeView));
    m_gradeView->setUniformRowHeights(true);
    m_gradeView->setAlternatingRowColors(true);
    m_gradeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gradeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Everything but the feedback as wide as it needs; the feedback takes the rest (its tooltip has all of it).
    m_gradeView->header()->setStretchLastSection(false);
    m_gradeView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gradeView->header()->setSectionResizeMode(GradeItemsModel::FeedbackColumn, QHeaderView::Stretch);
    // An item named with 10,000 characters is cut short, not given the width of ten screens.
    m_gradeView->header()->setMaximumSectionSize(m_gradeView->fontMetrics().averageCharWidth() * 60);
    m_gradeView->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 4px; }"));
    m_gradeView->expandAll();
    auto *noGrades = new QLabel(tr("No grade items for this learner yet."), this);
    noGrades->setObjectName(QStringLiteral("studentNoGrades"));
    noGrades->setForegroundRole(QPalette::PlaceholderText);
    noGrades->setAlignment(Qt::AlignCenter);
    auto *gradesTab = new QWidget(this);
    auto *gradesLayout = new QVBoxLayout(gradesTab);
    gradesLayout->addWidget(m_gradeView, 1);
    gradesLayout->addWidget(noGrades, 1);
    const bool hasGrades = m_grades->rowCount() > 0;
    m_gradeView->setVisible(hasGrades);
    noGrades->setVisible(!hasGrades);

    // Completion: the course first, then each tracked activity.
    m_courseCompletion = new QLabel(this);
    m_courseCompletion->setObjectName(QStringLiteral("studentCourseCompletion"));
    m_courseCompletion->setTextFormat(Qt::PlainText);
    m_courseCompletion->setWordWrap(true);
    QFont bold = m_courseCompletion->font();
    bold.setBold(true);
    m_courseCompletion->setFont(bold);
    m_completion = new QTreeWidget(this);
    m_completion->setObjectName(QStringLiteral("studentCompletion"));
    m_completion->setAccessibleName(tr("Activity completion of %1").arg(name));
    m_completion->setColumnCount(2);
    m_completion->setHeaderLabels({tr("Activity"), tr("Completion")});
    m_completion->setRootIsDecorated(false);
    m_completion->setUniformRowHeights(true);
    m_completion->setAlternatingRowColors(true);
    m_completion->header()->setStretchLastSection(true);
    m_completion->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 4px; }"));
    auto *completionTab = new QWidget(this);
    auto *completionLayout = new QVBoxLayout(completionTab);
    completionLayout->addWidget(m_courseCompletion);
    completionLayout->addWidget(m_completion, 1);
    fillCompletion(db);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("studentTabs"));
    tabs->setAccessibleName(tr("Grades and completion"));
    tabs->addTab(gradesTab, tr("&Grades"));
    tabs->addTab(completionTab, tr("&Completion"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(m_name);
    layout->addWidget(profileBox);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    setTabOrder(tabs, m_gradeView);
    setTabOrder(m_gradeView, buttons);
    resize(760, 620);
}

void StudentDetailsDialog::addProfileRow(const QString &label, const QString &value)
{
    QLabel *field = InertText::label(value.isEmpty() ? QStringLiteral("—") : value, this);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setAccessibleName(label);
    if (value.isEmpty())
        field->setForegroundRole(QPalette::PlaceholderText);
    QLabel *caption = InertText::label(tr("%1:").arg(label), this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setBuddy(field);
    m_profile->addRow(caption, field);
}

void StudentDetailsDialog::fillCompletion(QSqlDatabase db)
{
    CompletionRepository repository(db);
    const Result<CompletionMatrix> readMatrix = repository.completionMatrix(m_courseId, {m_userId});
    const Result<std::optional<CourseCompletion>> readCourse = repository.courseCompletion(m_courseId, m_userId);
    if (!readMatrix || !readCourse) {
        readFailed(!readMatrix ? readMatrix.error() : readCourse.error());
        m_courseCompletion->setText(tr("Course completion: could not be read from this computer"));
        return;
    }
    const CompletionMatrix &matrix = *readMatrix;
    const std::optional<CourseCompletion> &course = *readCourse;
    QString text;
    if (course && !course->hasCriteria) {
        text = tr("Course completion: no completion criteria in this course");
    } else if (course) {
        int met = 0;
        for (const CompletionCriterion &criterion : course->criteria)
            met += criterion.complete ? 1 : 0;
        text = course->completed ? tr("Course completion: completed") : tr("Course completion: not completed yet");
        if (!course->criteria.isEmpty())
            text +=
                QStringLiteral(" · ") + tr("%L1 of %Ln criteria met", nullptr, int(course->criteria.size())).arg(met);
    } else if (!matrix.courseCompleted.isEmpty() && matrix.courseCompleted.first() >= 0) {
        text = matrix.courseCompleted.first() == 1 ? tr("Course completion: completed")
                                                   : tr("Course completion: not completed yet");
    } else {
        text = tr("Course completion: unknown (not tracked, or not synced yet)");
    }
    m_courseCompletion->setText(text);

    if (matrix.columns.isEmpty() || matrix.states.size() != matrix.columns.size()) {
        auto *item = new QTreeWidgetItem(m_completion, {tr("No activities with completion tracking."), QString()});
        item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        return;
    }
    for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
        const CompletionMatrix::Column &column = matrix.columns.at(c);
        const int state = matrix.state(0, int(c));
        auto *item = new QTreeWidgetItem(m_completion, {column.name, CompletionMatrixModel::stateText(state)});
        item->setIcon(0, ModuleIcons::icon(column.module));
        item->setIcon(1, CompletionMatrixModel::stateIcon(state));
        item->setData(0, Qt::UserRole, column.cmid);
        item->setData(1, Qt::UserRole, state);
    }
    m_completion->resizeColumnToContents(0);
}

void StudentDetailsDialog::readFailed(const QString &detail)
{
    if (m_storageError.isEmpty())
        m_storageError = detail;
}

QString StudentDetailsDialog::displayedName() const
{
    return m_name->text();
}

QString StudentDetailsDialog::profileValue(const QString &label) const
{
    for (int row = 0; row < m_profile->rowCount(); ++row) {
        auto *caption = qobject_cast<QLabel *>(m_profile->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *field = qobject_cast<QLabel *>(m_profile->itemAt(row, QFormLayout::FieldRole)->widget());
        if (caption && field && field->accessibleName() == label)
            return field->text();
    }
    return {};
}

QString StudentDetailsDialog::courseCompletionText() const
{
    return m_courseCompletion->text();
}
