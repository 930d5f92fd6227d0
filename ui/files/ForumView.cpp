#include "ForumView.h"

#include "files/ActivityOpener.h"
#include "widgets/InertResources.h"
#include "widgets/InertText.h"
#include "widgets/InlineMessage.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/OwnWindow.h"
#include "widgets/SafeLinks.h"

#include "files/OfflineContent.h"
#include "store/ContentRepository.h"
#include "store/DownloadRepository.h"
#include "store/ForumRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/ForumSync.h"
#include "text/HtmlSanitizer.h"

#include <QColor>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kIndentPerLevel = 28;  // pixels per reply level
constexpr int kMaxIndentLevels = 6;  // deeper replies stay at this level: a long thread stays readable

QString timeText(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs), QLocale::ShortFormat);
}

bool hasNew(const ForumDiscussion &discussion)
{
    if (discussion.isNew)
        return true;
    for (const ForumPost &post : discussion.posts) {
        if (post.isNew)
            return true;
    }
    return false;
}

}  // namespace

ForumView::ForumView(QSqlDatabase db, FilesFolder folder, qint64 cmid, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_folder(std::move(folder)), m_cmid(cmid),
      m_linkKey(QString::number(QRandomGenerator::system()->generate64(), 36))
{
    setObjectName(QStringLiteral("forumView"));
    m_title = InertText::label(QString(), this);
    m_title->setObjectName(QStringLiteral("forumTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_synced = new QLabel(this);
    m_synced->setTextFormat(Qt::PlainText);
    m_synced->setForegroundRole(QPalette::PlaceholderText);

    m_openInBrowser = new QPushButton(tr("Open in browser"), this);
    m_openInBrowser->setObjectName(QStringLiteral("openInBrowser"));
    m_openInBrowser->setAutoDefault(false);
    connect(m_openInBrowser, &QPushButton::clicked, this, &ForumView::openInBrowser);

    m_message = new InlineMessage(this);

    m_discussions = new QTreeWidget(this);
    m_discussions->setObjectName(QStringLiteral("forumDiscussions"));
    m_discussions->setColumnCount(ColumnCount);
    m_discussions->setHeaderLabels({tr("Discussion"), tr("Started by"), tr("Replies"), QString()});
    m_discussions->setRootIsDecorated(false);
    m_discussions->setUniformRowHeights(true);
    m_discussions->setItemDelegate(new IsolatingItemDelegate(m_discussions));
    m_discussions->header()->setStretchLastSection(false);
    m_discussions->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    for (int column : {AuthorColumn, RepliesColumn, NewColumn})
        m_discussions->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_discussions, &QTreeWidget::currentItemChanged, this, &ForumView::showDiscussion);

    auto *thread = new InertResources::Browser(this);
    thread->setObjectName(QStringLiteral("forumThread"));
    thread->setOpenLinks(false);
    thread->setOpenExternalLinks(false);
    connect(thread, &QTextBrowser::anchorClicked, this, &ForumView::openLink);
    m_thread = thread;

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("forumSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_discussions);
    m_splitter->addWidget(m_thread);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_synced);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(m_openInBrowser, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    resize(1100, 700);
    m_splitter->setSizes({440, 660});
    load();
}

ForumView *ForumView::open(QSqlDatabase db, const FilesFolder &folder, qint64 cmid, QWidget *parent)
{
    auto *view = new ForumView(std::move(db), folder, cmid, parent);
    OwnWindow::show(view);
    return view;
}

QString ForumView::title() const
{
    return m_title->text();
}

void ForumView::selectDiscussion(int row)
{
    if (QTreeWidgetItem *item = m_discussions->topLevelItem(row))
        m_discussions->setCurrentItem(item);
}

void ForumView::load()
{
    m_data.clear();
    m_localFiles.clear();
    m_attachmentLinks.clear();
    m_readError.clear();
    m_message->clear();
    m_discussions->clear();
    m_thread->clear();
    const Result<std::optional<Activity>> found = ContentRepository(m_db).activity(m_cmid);
    if (!found) {
        m_readError = found.error();
        m_message->showMessage(InlineMessage::Type::Error, tr("This forum could not be read from this computer."),
                               m_readError);
        return;
    }
    if (!*found || (*found)->module != QLatin1String("forum")) {
        m_message->showMessage(InlineMessage::Type::Information, tr("This forum is not on this computer."));
        return;
    }
    const Activity &forum = **found;
    InertText::setText(m_title, forum.name);
    setWindowTitle(forum.name);
    const Result<std::optional<qint64>> syncedAt =
        SyncStateRepository(m_db).lastSuccess(ForumSync::scope(forum.instance));
    const Result<QList<ForumDiscussion>> read = ForumRepository(m_db).discussions(forum.instance);
    if (!syncedAt || !read) {
        m_readError = !syncedAt ? syncedAt.error() : read.error();
        m_message->showMessage(InlineMessage::Type::Error, tr("This forum could not be read from this computer."),
                               m_readError);
        return;
    }
    if (!syncedAt->has_value()) {
        m_synced->setText(QString());
        m_message->showMessage(InlineMessage::Type::Information,
                               tr("This forum is not on this computer yet: it comes with its course once the course "
                                  "is made available offline."));
        return;
    }
    m_synced->setText(tr("Read-only copy from %1").arg(timeText(**syncedAt)));
    m_data = *read;
    // The attachments on this computer: the forum's files, complete (an outdated copy is still that attachment).
    for (const CourseFile &file : DownloadRepository(m_db).activityFiles(m_cmid).valueOr({})) {
        if (file.downloaded && !file.localPath.isEmpty())
            m_localFiles.insert(file.fileUrl, file.localPath);
    }
    if (m_data.isEmpty()) {
        m_thread->setPlainText(tr("No discussions."));
        return;
    }
    QFont bold = m_discussions->font();
    bold.setBold(true);
    for (const ForumDiscussion &discussion : std::as_const(m_data)) {
        auto *item = new QTreeWidgetItem(m_discussions);
        item->setText(SubjectColumn, discussion.name);
        item->setToolTip(SubjectColumn, InertText::toolTip(discussion.name));
        item->setText(AuthorColumn, discussion.author);
        item->setText(RepliesColumn, QLocale().toString(discussion.numReplies));
        item->setTextAlignment(RepliesColumn, Qt::AlignTrailing | Qt::AlignVCenter);
        if (hasNew(discussion)) {
            item->setText(NewColumn, tr("New"));
            item->setForeground(NewColumn, palette().brush(QPalette::Link));
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, bold);
        }
    }
    selectDiscussion(0);
}

void ForumView::showDiscussion()
{
    const int row = m_discussions->indexOfTopLevelItem(m_discussions->currentItem());
    // Only the links of the thread on screen open.
    m_attachmentLinks.clear();
    if (row < 0 || row >= m_data.size()) {
        m_thread->clear();
        return;
    }
    m_thread->setHtml(threadHtml(m_data.at(row)));
}

QString ForumView::threadHtml(const ForumDiscussion &discussion)
{
    const QString newBadge = QStringLiteral("<span style=\"color:%1; background-color:%2\">&nbsp;%3&nbsp;</span>")
                                 .arg(palette().color(QPalette::HighlightedText).name(),
                                      palette().color(QPalette::Highlight).name(), tr("New").toHtmlEscaped());
    // Between text and background: the placeholder colour has an alpha that HTML colours do not keep.
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const QString muted =
        QColor::fromRgbF(text.redF() * 0.6f + base.redF() * 0.4f, text.greenF() * 0.6f + base.greenF() * 0.4f,
                         text.blueF() * 0.6f + base.blueF() * 0.4f)
            .name();
    QString html;
    if (!discussion.postsFetched || discussion.posts.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(tr("The posts of this discussion are not on this computer yet: they "
                    "come with the next sync.")
                     .toHtmlEscaped());
    bool first = true;
    for (const ForumPost &post : discussion.posts) {
        if (!first && post.depth == 0)
            html += QStringLiteral("<hr/>");
        first = false;
        // A post keeps its own direction: its indent is on the side its text starts from.
        const QString message = HtmlSanitizer::sanitize(post.message, HtmlSanitizer::Links::Keep);
        const bool rightToLeft = QTextDocumentFragment::fromHtml(message).toPlainText().isRightToLeft();
        html += QStringLiteral("<div style=\"margin-%1:%2px; margin-top:12px\">")
                    .arg(rightToLeft ? QStringLiteral("right") : QStringLiteral("left"))
                    .arg(kIndentPerLevel * qMin(post.depth, kMaxIndentLevels));
        html +=
            QStringLiteral("<p style=\"margin:0\"><b>%1</b>%2</p>")
                .arg(post.subject.toHtmlEscaped(), post.isNew ? QStringLiteral("&nbsp;&nbsp;") + newBadge : QString());
        html += QStringLiteral("<p style=\"margin:0; color:%1\">%2</p>")
                    .arg(muted,
                         tr("%1 · %2", "author · time of a forum post")
                             .arg(InertText::isolated(post.author), InertText::isolated(timeText(post.timeCreated)))
                             .toHtmlEscaped());
        html += QStringLiteral("<div>%1</div>").arg(message);
        if (!post.attachments.isEmpty()) {
            QStringList files;
            for (const ForumAttachment &attachment : post.attachments)
                files << attachmentHtml(attachment);
            html += QStringLiteral("<p style=\"margin-top:4px\"><i>%1</i><br/>%2</p>")
                        .arg(tr("Attachments:").toHtmlEscaped(), files.join(QStringLiteral("<br/>")));
        }
        html += QStringLiteral("</div>");
    }
    return html;
}

QString ForumView::attachmentHtml(const ForumAttachment &attachment)
{
    const QString size = QLocale().formattedDataSize(attachment.fileSize, 1, QLocale::DataSizeTraditionalFormat);
    const QString relative = m_localFiles.value(attachment.fileUrl);
    const QString path = relative.isEmpty() ? QString() : m_folder.absolutePath(relative);
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return tr("%1 (%2), not downloaded", "attachment name (size)").arg(attachment.fileName, size).toHtmlEscaped();
    const QString id = QStringLiteral("%1-%2").arg(m_linkKey).arg(m_attachmentLinks.size());
    m_attachmentLinks.insert(id, relative);
    return QStringLiteral("<a href=\"%1:%2\">%3</a> %4")
        .arg(attachmentScheme(), id, attachment.fileName.toHtmlEscaped(),
             tr("(%1)", "size of an attachment").arg(size).toHtmlEscaped());
}

bool ForumView::openLink(const QUrl &url)
{
    if (url.scheme() != attachmentScheme())
        return SafeLinks::open(url);
    // Ours only: an address this view made for the thread on screen, to a file still inside the files folder (a
    // link someone put on the way since is not followed).
    const auto found = m_attachmentLinks.constFind(url.path());
    if (found == m_attachmentLinks.cend())
        return false;
    const QString path = m_folder.absolutePath(*found);
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_message->showMessage(InlineMessage::Type::Warning, tr("This attachment is not on this computer any more."));
        return false;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    m_message->showMessage(InlineMessage::Type::Warning,
                           tr("No application on this computer could open “%1”.").arg(QDir::toNativeSeparators(path)));
    return false;
}

void ForumView::openInBrowser()
{
    QString error;
    if (!ActivityOpener(m_db, m_folder).openInBrowser(m_cmid, &error))
        m_message->showMessage(InlineMessage::Type::Warning, error);
}
