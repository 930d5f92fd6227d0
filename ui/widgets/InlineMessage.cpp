#include "InlineMessage.h"

#include "StatusIcons.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

InlineMessage::InlineMessage(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));

    m_icon = new QLabel(this);
    m_icon->setFixedSize(StatusIcons::kSize, StatusIcons::kSize);
    m_icon->setAccessibleName(tr("Message type"));

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_detailsButton, &QToolButton::toggled, this, &InlineMessage::setDetailsVisible);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("inlineMessageDetails"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->hide();

    m_content = new QVBoxLayout;
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(4);
    m_content->addWidget(m_text);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->setContentsMargins(0, 0, 0, 0);
    detailsRow->addWidget(m_detailsButton);
    detailsRow->addStretch();
    m_content->addLayout(detailsRow);
    m_content->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(m_content, 1);

    applyStyle();
    hide();
}

void InlineMessage::showMessage(Type type, const QString &text, const QString &details)
{
    m_type = type;
    m_icon->setPixmap(StatusIcons::pixmap(type == Type::Error         ? StatusIcons::Error
                                              : type == Type::Warning ? StatusIcons::Warning
                                                                      : StatusIcons::Ok,
                                          devicePixelRatioF()));
    m_text->setText(text);
    // Screen readers announce the sentence, not just "Message".
    setAccessibleDescription(text);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    setDetailsVisible(false);
    applyStyle();
    show();
    Q_EMIT sizeChanged();
}

void InlineMessage::clear()
{
    if (isHidden())
        return;
    m_text->clear();
    m_details->clear();
    hide();
    Q_EMIT sizeChanged();
}

QString InlineMessage::text() const
{
    return isHidden() ? QString() : m_text->text();
}

QString InlineMessage::details() const
{
    return m_details->text();
}

bool InlineMessage::detailsVisible() const
{
    return !m_details->isHidden();
}

void InlineMessage::addContentWidget(QWidget *widget)
{
    // Dark text on the light tint even in a dark theme; through the palette, because a style
    // sheet on a check box replaces its native indicator.
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x1f, 0x1f));
    palette.setColor(QPalette::ButtonText, QColor(0x1f, 0x1f, 0x1f));
    widget->setPalette(palette);
    m_content->addWidget(widget);
}

void InlineMessage::setDetailsVisible(bool visible)
{
    m_detailsButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_detailsButton->setAccessibleName(visible ? tr("Hide details") : tr("Show details"));
    if (m_details->isHidden() == !visible)
        return;
    m_details->setVisible(visible);
    Q_EMIT sizeChanged();
}

void InlineMessage::applyStyle()
{
    // Light tints that keep the palette's text colour readable; the icon carries the meaning.
    QString background;
    QString border;
    switch (m_type) {
    case Type::Error:
        background = QStringLiteral("#fdecea");
        border = QStringLiteral("#e6a9a3");
        break;
    case Type::Warning:
        background = QStringLiteral("#fff6dc");
        border = QStringLiteral("#e5c66b");
        break;
    case Type::Information:
        background = QStringLiteral("#e8f1fb");
        border = QStringLiteral("#a9c6e8");
        break;
    }
    // By class name: callers give each message its own objectName.
    setStyleSheet(QStringLiteral("InlineMessage { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "InlineMessage QLabel { color: #1f1f1f; background: transparent; }"
                                 "InlineMessage QToolButton { border: none; padding: 1px 2px; color: #1f1f1f; }"
                                 "InlineMessage QToolButton:focus { text-decoration: underline; }")
                      .arg(background, border));
}
