#include "CompetencyBox.h"

#include "ModuleIcons.h"
#include "widgets/InertText.h"

#include "display/ClassWorkText.h"
#include "store/OwnProgressRepository.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    QLabel *label = InertText::label(text, parent);
    label->setWordWrap(true);
    return label;
}

}  // namespace

CompetencyBox::CompetencyBox(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("competencyBox"));
    setAccessibleName(tr("Your competencies in this course"));
    setFixedWidth(320);

    auto *title = wrapped(tr("Competencies"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_summary = wrapped(QString(), this);
    m_summary->setObjectName(QStringLiteral("competencySummary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    clearRows();
    hide();
}

void CompetencyBox::clearRows()
{
    // A new widget for the rows: the old one goes with everything in it.
    delete m_rows;
    m_rows = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(8);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_rows);
}

QLabel *CompetencyBox::addLine(const QString &text, bool secondary)
{
    QLabel *label = wrapped(text, m_rows);
    if (secondary)
        label->setForegroundRole(QPalette::PlaceholderText);
    m_rowsLayout->addWidget(label);
    return label;
}

bool CompetencyBox::load(const QSqlDatabase &db, qint64 courseId, QString *error)
{
    OwnProgressRepository progress(db);
    const Result<QList<OwnCompetency>> competencies = progress.competencies(courseId);
    const Result<std::optional<OwnSharing>> verdict = progress.verdict(courseId, OwnSharing::kCompetencies);
    const Result<QList<LearningPlan>> plans = progress.plans();
    for (const QString &why : {competencies ? QString() : competencies.error(), verdict ? QString() : verdict.error(),
                               plans ? QString() : plans.error()}) {
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
    }

    clearRows();
    const QString refused = OwnProgressRepository::refusal(*verdict);
    if (competencies->isEmpty() && refused.isEmpty()) {
        // Most courses link no competency: nothing to say.
        hide();
        return true;
    }
    show();

    if (!refused.isEmpty()) {
        m_summary->setText(tr("The site does not share your competencies in this course (%1).").arg(refused));
    } else {
        int proficient = 0;
        for (const OwnCompetency &c : *competencies)
            proficient += c.proficient ? 1 : 0;
        const int total = int(competencies->size());
        m_summary->setText(total == 1 ? tr("Proficient in %1 of 1 competency.").arg(proficient)
                                      : tr("Proficient in %1 of %Ln competencies.", "n != 1", total).arg(proficient));
    }

    // A handful of competencies at most: plain labels read better than a list view here.
    for (const OwnCompetency &c : *competencies) {
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        const ModuleIcons::State state = c.proficient ? ModuleIcons::State::Done
            : c.rated()                               ? ModuleIcons::State::Pending
                                                      : ModuleIcons::State::Todo;
        auto *icon = new QLabel(m_rows);
        icon->setFixedSize(ModuleIcons::kStateSize, ModuleIcons::kStateSize);
        icon->setPixmap(ModuleIcons::stateIcon(state).pixmap(QSize(ModuleIcons::kStateSize, ModuleIcons::kStateSize),
                                                             devicePixelRatioF()));
        icon->setAccessibleName(c.proficient    ? tr("Proficient")
                                    : c.rated() ? tr("Not yet proficient")
                                                : tr("Not rated"));
        row->addWidget(icon, 0, Qt::AlignTop);
        auto *text = new QVBoxLayout;
        text->setSpacing(1);
        QLabel *name = wrapped(ClassWorkText::competencyName(c.competency()), m_rows);
        name->setObjectName(QStringLiteral("competencyName"));
        text->addWidget(name);
        const QString rating = !c.rated() ? tr("Not rated yet")
            : c.proficient                ? tr("%1 · proficient").arg(c.gradeName)
                                          : tr("%1 · not yet proficient").arg(c.gradeName);
        QLabel *detail = wrapped(rating, m_rows);
        detail->setForegroundRole(QPalette::PlaceholderText);
        text->addWidget(detail);
        row->addLayout(text, 1);
        m_rowsLayout->addLayout(row);
    }

    if (!plans->isEmpty()) {
        QLabel *heading = addLine(tr("Your learning plans"), false);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setContentsMargins(0, 6, 0, 0);
        for (const LearningPlan &plan : *plans) {
            addLine(plan.name, false)->setObjectName(QStringLiteral("planName"));
            QStringList details{plan.statusName};
            if (plan.dueDate > 0)
                details << tr("due %1").arg(
                    QLocale().toString(QDateTime::fromSecsSinceEpoch(plan.dueDate).date(), QLocale::ShortFormat));
            details.removeAll(QString());
            if (!details.isEmpty())
                addLine(details.join(QStringLiteral(" · ")), true);
        }
    }
    // Added to a box that may be on screen already: show them now, not at the next event loop pass.
    m_rows->show();
    return true;
}

QStringList CompetencyBox::lines() const
{
    QStringList result;
    if (isHidden())
        return result;
    result << m_summary->text();
    for (const QLabel *label : m_rows->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!label->text().isEmpty())
            result << label->text();
    }
    return result;
}
