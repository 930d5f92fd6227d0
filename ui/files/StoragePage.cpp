#include "StoragePage.h"

#include "files/OfflineContent.h"
#include "store/CourseRepository.h"
#include "widgets/InertText.h"
#include "widgets/InlineMessage.h"
#include "widgets/ItemColours.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int kCourseIdRole = Qt::UserRole + 1;
constexpr int kShareRole = Qt::UserRole + 2;  // the course's bytes as a share of the biggest course's, 0–1

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The size as text with a bar below it, as long as the course's share of the biggest course: a bar chart read
// down the column.
class SizeBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const ItemColours colours = ItemColours::of(option, false);
        const QRect area = option.rect.adjusted(8, 4, -8, -4);
        const QFontMetrics metrics(option.font);
        // The same width for every size, so the bars start at one line and compare as a chart.
        const int textWidth = qMax(metrics.horizontalAdvance(text),
                                   metrics.horizontalAdvance(sizeText(999LL * 1024 * 1024 + 900 * 1024)));
        const QRect textRect(area.left(), area.top(), textWidth, area.height());
        const QRect track(area.left() + textWidth + 10, area.center().y() - 4, qMax(0, area.width() - textWidth - 10),
                          8);
        painter->save();
        painter->setPen(colours.text);
        painter->drawText(QStyle::visualRect(option.direction, area, textRect), Qt::AlignRight | Qt::AlignVCenter,
                          text);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.track);
        painter->drawRoundedRect(QStyle::visualRect(option.direction, area, track), 4, 4);
        const qreal share = qBound(0.0, index.data(kShareRole).toReal(), 1.0);
        if (share > 0) {
            QRect bar = track;
            bar.setWidth(qMax(8, int(track.width() * share)));
            painter->setBrush(colours.accent);
            painter->drawRoundedRect(QStyle::visualRect(option.direction, area, bar), 4, 4);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(size.width() + 180);
        return size;
    }
};

QLabel *heading(const QString &text, QWidget *parent, qreal scale)
{
    QLabel *label = InertText::label(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

}  // namespace

StoragePage::StoragePage(OfflineContent *content, QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_content(content), m_db(std::move(db))
{
    setObjectName(QStringLiteral("storagePage"));
    setAccessibleName(tr("Storage"));

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("storageMessage"));

    QLabel *title = heading(tr("Storage"), this, 1.6);
    QLabel *intro =
        InertText::label(tr("Course files downloaded to this computer, so you can open them offline."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_folder = InertText::label(QString(), this);
    m_folder->setObjectName(QStringLiteral("storageFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_showFolder = new QPushButton(tr("Show in file manager"), this);
    m_showFolder->setObjectName(QStringLiteral("showFilesFolder"));
    connect(m_showFolder, &QPushButton::clicked, this, [this] { showFolder(); });
    auto *folderRow = new QHBoxLayout;
    folderRow->setSpacing(12);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_showFolder, 0, Qt::AlignTop);

    m_total = InertText::label(QString(), this);
    m_total->setObjectName(QStringLiteral("storageTotal"));
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_free = InertText::label(QString(), this);
    m_free->setObjectName(QStringLiteral("storageFree"));
    m_free->setForegroundRole(QPalette::PlaceholderText);
    auto *totals = new QHBoxLayout;
    totals->setSpacing(24);
    totals->addWidget(m_total);
    totals->addWidget(m_free);
    totals->addStretch();

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("storageTable"));
    m_table->setAccessibleName(tr("Space used per course"));
    m_table->setHorizontalHeaderLabels({tr("Course"), tr("Files"), tr("Space used"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(SizeColumn, new SizeBarDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(CourseColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FilesColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->resizeSection(SizeColumn, 280);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(qMax(40, fontMetrics().height() + 24));

    m_empty = InertText::label(tr("No course files are downloaded yet. Use “Make available offline” on a course "
                                  "page to keep its files on this computer."),
                               this);
    m_empty->setObjectName(QStringLiteral("storageEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    m_removeAll = new QPushButton(tr("Remove all downloads…"), this);
    m_removeAll->setObjectName(QStringLiteral("removeAllDownloads"));
    connect(m_removeAll, &QPushButton::clicked, this, [this] { removeDownloads(0); });
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_removeAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(folderRow);
    layout->addLayout(totals);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(bottom);

    // A run of many files changes the numbers often: read them again once per interval.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &StoragePage::reload);
    if (m_content) {
        connect(m_content, &OfflineContent::fileChanged, this, [this] {
            if (!m_reloadTimer->isActive())
                m_reloadTimer->start();
        });
        connect(m_content, &OfflineContent::finished, this, &StoragePage::reload);
    }
    reload();
}

void StoragePage::reload()
{
    m_reloadTimer->stop();
    m_table->setRowCount(0);
    if (!m_content) {
        m_folder->clear();
        m_total->clear();
        m_free->clear();
        m_showFolder->setEnabled(false);
        m_removeAll->setEnabled(false);
        return;
    }
    m_folder->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(m_content->folder().root())));
    const qint64 free = m_content->folder().freeBytes();
    m_free->setText(free >= 0 ? tr("%1 free on the disk").arg(sizeText(free)) : QString());

    const Result<QList<OfflineContent::CourseUsage>> usage = m_content->usage();
    const Result<QList<Course>> courses = CourseRepository(m_db).courses();
    if (!usage || !courses) {
        m_message->showMessage(InlineMessage::Type::Error, tr("The downloads could not be read from this computer."),
                               !usage ? usage.error() : courses.error());
        return;
    }
    QHash<qint64, Course> byId;
    for (const Course &course : *courses)
        byId.insert(course.id, course);

    qint64 total = 0;
    qint64 biggest = 0;
    int files = 0;
    for (const OfflineContent::CourseUsage &course : *usage) {
        total += course.bytes;
        files += course.files;
        biggest = qMax(biggest, course.bytes);
    }
    m_total->setText(files == 1 ? tr("In total: %1 in 1 file").arg(sizeText(total))
                                : tr("In total: %1 in %Ln files", "n != 1", files).arg(sizeText(total)));

    m_table->setRowCount(int(usage->size()));
    for (int row = 0; row < usage->size(); ++row) {
        const OfflineContent::CourseUsage &course = usage->at(row);
        const auto known = byId.constFind(course.courseId);
        // A course left since its files came keeps a name, so its space can still be given back.
        const QString name = known != byId.cend() ? known->fullName : tr("Course %1").arg(course.courseId);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setData(kCourseIdRole, course.courseId);
        if (known != byId.cend())
            nameItem->setToolTip(InertText::toolTip(known->shortName));
        m_table->setItem(row, CourseColumn, nameItem);
        auto *filesItem = new QTableWidgetItem(QLocale().toString(course.files));
        filesItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, FilesColumn, filesItem);
        auto *sizeItem = new QTableWidgetItem(sizeText(course.bytes));
        sizeItem->setData(kShareRole, biggest > 0 ? qreal(course.bytes) / qreal(biggest) : 0.0);
        sizeItem->setData(Qt::UserRole, course.bytes);
        m_table->setItem(row, SizeColumn, sizeItem);
        // In a cell of its own margins, so the button does not touch the grid lines.
        auto *cell = new QWidget(m_table);
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(6, 2, 6, 2);
        auto *remove = new QPushButton(tr("Remove downloads…"), cell);
        remove->setObjectName(QStringLiteral("removeDownloads-%1").arg(course.courseId));
        remove->setAccessibleName(tr("Remove the downloads of %1").arg(name));
        cellLayout->addWidget(remove);
        const qint64 id = course.courseId;
        connect(remove, &QPushButton::clicked, this, [this, id] { removeDownloads(id); });
        m_table->setCellWidget(row, ActionColumn, cell);
    }
    m_table->setVisible(!usage->isEmpty());
    m_empty->setVisible(usage->isEmpty());
    m_removeAll->setEnabled(!usage->isEmpty());
    m_showFolder->setEnabled(true);
}

bool StoragePage::removeDownloads(qint64 courseId)
{
    if (!m_content)
        return false;
    QString name;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, CourseColumn)->data(kCourseIdRole).toLongLong() == courseId)
            name = m_table->item(row, CourseColumn)->text();
    }
    const QString question = courseId == 0
        ? tr("Remove all downloaded course files from this computer? Courses kept offline are no longer kept "
             "up to date. You can download them again later.")
        : tr("Remove the downloaded files of “%1” from this computer? The course is no longer kept offline. You can "
             "download it again later.")
              .arg(InertText::isolated(name));
    const bool yes = m_confirm
        ? m_confirm(question)
        : QMessageBox::question(this, tr("Remove downloads"), question, QMessageBox::Yes | QMessageBox::Cancel)
            == QMessageBox::Yes;
    if (!yes)
        return false;
    QString error;
    if (!m_content->removeDownloads(courseId, &error)) {
        m_message->showMessage(InlineMessage::Type::Error, tr("The downloads could not be removed."), error);
        return false;
    }
    m_message->clear();
    reload();
    Q_EMIT downloadsRemoved(courseId);
    return true;
}

bool StoragePage::showFolder()
{
    if (!m_content)
        return false;
    const QString root = m_content->folder().root();
    // Nothing downloaded yet: the folder is made, so the file manager has something to show.
    QDir().mkpath(root);
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(root)))
        return true;
    m_message->showMessage(InlineMessage::Type::Warning, tr("No file manager could be started to show the folder."));
    return false;
}

QString StoragePage::totalText() const
{
    return m_total->text();
}

QString StoragePage::freeSpaceText() const
{
    return m_free->text();
}

QString StoragePage::folderText() const
{
    return m_folder->text();
}
