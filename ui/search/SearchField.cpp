#include "SearchField.h"

#include "SearchResultDelegate.h"
#include "SearchResultsModel.h"

#include "store/SearchRepository.h"

#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Short enough to feel instant, long enough not to search every letter of a word typed at speed.
constexpr int kTypingPauseMs = 150;
constexpr int kMaxHits = 60;
constexpr int kPanelWidth = 520;
}  // namespace

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent), m_typing(new QTimer(this)), m_model(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("searchField"));
    setAccessibleName(tr("Search"));
    setPlaceholderText(tr("Search everything offline (Ctrl+K)"));
    setClearButtonEnabled(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &SearchField::searchNow);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_typing->stop();
            hidePanel();
            return;
        }
        m_typing->start();
    });
    // The clear button empties the field without an edit.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            hidePanel();
    });
}

void SearchField::createPanel()
{
    QWidget *host = window();
    m_panel = new QFrame(host);
    m_panel->setObjectName(QStringLiteral("searchResults"));
    m_panel->setAccessibleName(tr("Search results"));
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_panel->setAutoFillBackground(true);
    m_panel->setBackgroundRole(QPalette::Base);
    m_panel->setFocusPolicy(Qt::NoFocus);

    m_view = new QListView(m_panel);
    m_view->setObjectName(QStringLiteral("searchResultsList"));
    m_view->setAccessibleName(tr("Search results"));
    // The field keeps the focus: typing goes on while the hits are shown.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setModel(m_model);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { openRow(index.row()); });

    m_empty = new QLabel(m_panel);
    m_empty->setObjectName(QStringLiteral("searchEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(8, 8, 8, 8);

    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    m_panel->hide();
    // Follows the window's size and the field's place.
    host->installEventFilter(this);
}

void SearchField::showResultsFor(const QString &text)
{
    setText(text);
    searchNow();
}

void SearchField::focusForSearch()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchField::searchNow()
{
    m_typing->stop();
    const QString text = this->text().trimmed();
    if (text.isEmpty() || !m_db.isValid()) {
        hidePanel();
        return;
    }
    SearchRepository::Query query;
    query.text = text;
    query.markStart = SearchResultsModel::markStart();
    query.markEnd = SearchResultsModel::markEnd();
    query.limit = kMaxHits;
    const Result<QList<SearchHit>> hits = SearchRepository(m_db).search(query);
    if (!hits)
        Q_EMIT storageFailed(hits.error());
    m_model->setHits(hits.valueOr({}));
    m_searched = text;
    showPanel();
}

void SearchField::showPanel()
{
    if (!m_panel)
        createPanel();
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(emptyText());
    // Nothing chosen yet: Enter opens the first hit, Down chooses it.
    m_view->setCurrentIndex(QModelIndex());
    m_view->clearSelection();
    m_view->scrollToTop();
    m_panel->show();
    m_panel->raise();
    placePanel();
}

void SearchField::hidePanel()
{
    if (m_panel)
        m_panel->hide();
}

bool SearchField::isPanelVisible() const
{
    return m_panel && m_panel->isVisible();
}

QString SearchField::emptyText() const
{
    if (m_model->rowCount() > 0 || m_searched.isEmpty())
        return QString();
    return tr("No results for “%1”").arg(m_searched);
}

void SearchField::placePanel()
{
    if (!isPanelVisible())
        return;
    QWidget *host = m_panel->parentWidget();
    constexpr int kMargin = 8;
    const QRect field(mapTo(host, QPoint(0, 0)), size());
    const int width = std::min(std::max(field.width(), kPanelWidth), host->width() - 2 * kMargin);
    // Under the field, from its trailing edge (the window's right in left-to-right, its left in right-to-left).
    int x = isRightToLeft() ? field.left() : field.right() + 1 - width;
    x = std::clamp(x, kMargin, std::max(kMargin, host->width() - kMargin - width));
    const int top = field.bottom() + 3;
    const int room = std::max(80, host->height() - top - kMargin);
    int height = 0;
    if (m_view->isVisible()) {
        // Rows laid out at the width they get when no scroll bar is needed; one appears only when they do not fit.
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_panel->setGeometry(x, top, width, room);
        m_view->doItemsLayout();
        for (int row = 0; row < m_model->rowCount() && height <= room; ++row)
            height += m_view->sizeHintForRow(row);
        height += 2 * m_view->frameWidth() + 2 * m_view->spacing();
        if (height + 2 > room)
            m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    } else {
        height = m_empty->heightForWidth(width - 2);
    }
    m_panel->setGeometry(x, top, width, std::min(room, height + 2));
}

int SearchField::currentRow() const
{
    return m_view && m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void SearchField::moveCurrent(int step)
{
    int row = m_model->nextHitRow(currentRow(), step);
    if (row < 0)
        row = currentRow() < 0 ? m_model->firstHitRow() : currentRow();
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    // Going up past the first hit shows its group's header too.
    if (m_model->nextHitRow(row, -1) < 0)
        m_view->scrollToTop();
}

bool SearchField::openRow(int row)
{
    const std::optional<SearchHit> hit = m_model->hitAt(row);
    if (!hit)
        return false;
    hidePanel();
    Q_EMIT hitActivated(*hit);
    return true;
}

bool SearchField::event(QEvent *event)
{
    // Ctrl+K deletes to the end of the line in a line edit on some systems: here it is the window's search
    // shortcut, which selects the field's text instead.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K)) {
            event->ignore();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (m_typing->isActive() || (!isPanelVisible() && !text().trimmed().isEmpty()))
            searchNow();
        if (isPanelVisible())
            moveCurrent(event->key() == Qt::Key_Down ? 1 : -1);
        return;
    case Qt::Key_Enter:
    case Qt::Key_Return:
        if (m_typing->isActive() || (!isPanelVisible() && !text().trimmed().isEmpty()))
            searchNow();
        if (isPanelVisible())
            openRow(currentRow() >= 0 ? currentRow() : m_model->firstHitRow());
        return;
    case Qt::Key_Escape:
        if (isPanelVisible() || !text().isEmpty()) {
            m_typing->stop();
            hidePanel();
            clear();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Elsewhere in the window (a click on a page, Tab): the hits are no longer in the way. The list never takes
    // the focus, so a click on a hit does not get here first.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        hidePanel();
}

bool SearchField::eventFilter(QObject *watched, QEvent *event)
{
    if (m_panel && watched == m_panel->parentWidget()
        && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        placePanel();
    return QLineEdit::eventFilter(watched, event);
}
