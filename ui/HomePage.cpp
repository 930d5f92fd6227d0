#include "HomePage.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *keyLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    // Level with the first line when a long value wraps.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

HomePage::HomePage(const Account &account, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("homePage"));
    setAccessibleName(tr("Home"));

    const QString name = account.fullName.isEmpty() ? account.username : account.fullName;
    const QString site = account.siteName.isEmpty() ? account.siteUrl.host() : account.siteName;

    m_greeting = new QLabel(tr("Hello, %1!").arg(name), this);
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_greeting->setTextFormat(Qt::PlainText);
    // Long names wrap instead of forcing the window wider.
    m_greeting->setWordWrap(true);
    QFont font = m_greeting->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_greeting->setFont(font);

    auto *intro = new QLabel(tr("Your courses, deadlines and grades from %1 will appear here. "
                                "Satchel keeps a copy on this computer, so you can read them offline.")
                                 .arg(site),
                             this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    // Which account this is, for people with more than one Moodle site.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("accountCard"));
    card->setAccessibleName(tr("Account"));
    card->setStyleSheet(QStringLiteral("QFrame#accountCard { background: palette(base); "
                                       "border: 1px solid palette(mid); border-radius: 6px; }"));
    auto *cardTitle = new QLabel(tr("Your account"), card);
    QFont cardFont = cardTitle->font();
    cardFont.setBold(true);
    cardTitle->setFont(cardFont);
    auto *details = new QFormLayout;
    details->setHorizontalSpacing(16);
    details->setVerticalSpacing(6);
    details->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    details->addRow(keyLabel(tr("Site:"), card), valueLabel(site, card));
    details->addRow(keyLabel(tr("Address:"), card), valueLabel(account.siteUrl.toString(), card));
    details->addRow(keyLabel(tr("Username:"), card), valueLabel(account.username, card));
    if (account.signedInAt.isValid())
        details->addRow(keyLabel(tr("Signed in:"), card),
                        valueLabel(QLocale().toString(account.signedInAt.toLocalTime().date(), QLocale::LongFormat)
                                       + QLatin1Char(' ')
                                       + QLocale().toString(account.signedInAt.toLocalTime().time(), QLocale::ShortFormat),
                                   card));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 14);
    cardLayout->setSpacing(8);
    cardLayout->addWidget(cardTitle);
    cardLayout->addLayout(details);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    layout->addWidget(m_greeting);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(card);
    layout->addStretch();
}

QString HomePage::greeting() const
{
    return m_greeting->text();
}
