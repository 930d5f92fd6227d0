#include "BadgesPage.h"

#include "common/Clock.h"
#include "store/BadgeRepository.h"
#include "store/CourseRepository.h"
#include "store/OwnProgressRepository.h"
#include "widgets/InertText.h"
#include "widgets/PageLayout.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

constexpr int kImageSize = 64;

QString dateText(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).date(), QLocale::ShortFormat);
}

// Plain text only: a badge's texts are the site's, never markup here.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    QLabel *label = InertText::label(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace

BadgesPage::BadgesPage(StoreConnection connection, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connection)), m_clock(clock ? clock : Clock::system())
{
    // The margins and title of the app's other pages.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(PageLayout::sectionTitle(tr("Badges"), this, 1.6));
    m_message = plainLabel(QString(), this);
    layout->addWidget(m_message);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    reload();
}

QString BadgesPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void BadgesPage::applyChange(const DataChange &change)
{
    if (change.isEverything())
        reload();
}

void BadgesPage::reload()
{
    const QSqlDatabase db = m_connection.database();
    const Result<std::optional<OwnSharing>> verdict = OwnProgressRepository(db).verdict(0, Badge::kSharingKind);
    const Result<QList<Badge>> badges = BadgeRepository(db).badges();
    const Result<QList<Course>> courses = CourseRepository(db).courses();
    if (!verdict || !badges || !courses) {
        m_storageError = !verdict ? verdict.error() : !badges ? badges.error() : courses.error();
        Q_EMIT storageFailed(m_storageError);
        return;
    }
    m_storageError.clear();
    QHash<qint64, QString> courseNames;
    for (const Course &course : *courses)
        courseNames.insert(course.id, course.shortName);

    qDeleteAll(m_cards);
    m_cards.clear();
    const QString refused = OwnProgressRepository::refusal(*verdict);
    if (!*verdict)
        m_message->setText(tr("Your badges are not synced yet."));
    else if (!refused.isEmpty())
        m_message->setText(tr("The site does not share your badges with you."));
    else if (badges->isEmpty())
        m_message->setText(tr("No badges yet."));
    m_message->setHidden(*verdict && refused.isEmpty() && !badges->isEmpty());
    if (!refused.isEmpty() || !*verdict)
        return;

    const qint64 now = m_clock->now();
    QWidget *content = m_list->parentWidget();
    for (const Badge &badge : *badges) {
        auto *card = new QFrame(content);
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(QStringLiteral("badge-%1").arg(badge.id));
        auto *row = new QHBoxLayout(card);
        auto *image = new QLabel(card);
        image->setObjectName(QStringLiteral("image"));
        image->setFixedSize(kImageSize, kImageSize);
        image->setAlignment(Qt::AlignCenter);
        // Pixels only: the bytes were checked to be a picture when downloaded, and are decoded here, never rendered
        // as markup. Without them: a neutral placeholder.
        const QImage picture = QImage::fromData(badge.image);
        if (!picture.isNull()) {
            image->setPixmap(QPixmap::fromImage(
                picture.scaled(kImageSize, kImageSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            image->setProperty("downloaded", true);
        } else {
            image->setPixmap(QIcon(QStringLiteral(":/icons/badges.svg"))
                                 .pixmap(QSize(kImageSize * 3 / 4, kImageSize * 3 / 4), devicePixelRatioF()));
            image->setProperty("downloaded", false);
        }
        row->addWidget(image, 0, Qt::AlignTop);

        auto *texts = new QVBoxLayout();
        QLabel *name = plainLabel(badge.name, card);
        name->setObjectName(QStringLiteral("name"));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        texts->addWidget(name);
        QString issuer = badge.issuerName;
        if (badge.courseId > 0)
            issuer = tr("%1 · %2").arg(issuer, courseNames.value(badge.courseId));
        QLabel *issuerLabel = plainLabel(issuer, card);
        issuerLabel->setObjectName(QStringLiteral("issuer"));
        texts->addWidget(issuerLabel);
        QString dates = tr("Issued %1").arg(dateText(badge.dateIssued));
        if (badge.dateExpires)
            dates += QStringLiteral(" · ")
                + (badge.expired(now) ? tr("Expired %1") : tr("Expires %1")).arg(dateText(*badge.dateExpires));
        QLabel *datesLabel = plainLabel(dates, card);
        datesLabel->setObjectName(QStringLiteral("dates"));
        texts->addWidget(datesLabel);
        if (!badge.description.isEmpty()) {
            QLabel *description = plainLabel(badge.description, card);
            description->setObjectName(QStringLiteral("description"));
            texts->addWidget(description);
        }
        row->addLayout(texts, 1);
        m_list->insertWidget(m_list->count() - 1, card);  // above the stretch
        m_cards.append(card);
    }
}
