#include "AccountSwitcher.h"

#include "widgets/InertText.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace {
// Names are the sites' to choose and can be any length: the menu stays narrower than a window.
constexpr int kMaxPartChars = 32;
}  // namespace

AccountSwitcher::AccountSwitcher(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("accountSwitcher"));
    setAccessibleName(tr("Accounts"));
    setToolTip(tr("Switch account, add an account or sign out"));
    setArrowType(Qt::DownArrow);
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    // The arrow says "a menu" already: no second, smaller one beside it.
    setStyleSheet(QStringLiteral("QToolButton#accountSwitcher::menu-indicator { image: none; width: 0px; }"));

    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("accountMenu"));
    m_menu->setToolTipsVisible(true);
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_accountsEnd = m_menu->addSeparator();
    m_add = m_menu->addAction(tr("&Add account…"), this, &AccountSwitcher::addAccountRequested);
    m_add->setObjectName(QStringLiteral("addAccountAction"));
    m_signOut = m_menu->addAction(tr("Sign &out…"), this, &AccountSwitcher::signOutRequested);
    m_signOut->setObjectName(QStringLiteral("switcherSignOutAction"));
    setMenu(m_menu);
}

QString AccountSwitcher::entryText(const Account &account) const
{
    const QFontMetrics metrics(m_menu->font());
    const int width = metrics.averageCharWidth() * kMaxPartChars;
    const auto shortened = [&](const QString &text) {
        return InertText::isolated(metrics.elidedText(text, Qt::ElideRight, width));
    };
    const QString name = account.fullName.isEmpty() ? account.username : account.fullName;
    const QString site = account.siteName.isEmpty() ? account.siteUrl.host() : account.siteName;
    //: An account in the account menu: the person's full name, then the site's name.
    return tr("%1 – %2").arg(shortened(name), shortened(site));
}

void AccountSwitcher::setAccounts(const QList<Account> &accounts, const QString &shownId)
{
    qDeleteAll(accountActions());
    for (const Account &account : accounts) {
        auto *action = new QAction(InertText::forShortcutText(entryText(account)), m_menu);
        action->setData(account.id());
        action->setCheckable(true);
        action->setChecked(account.id() == shownId);
        // The whole name and the site's address, when the entry is cut short.
        const QString name = account.fullName.isEmpty() ? account.username : account.fullName;
        action->setToolTip(InertText::toolTip(name + QLatin1Char('\n') + account.siteUrl.toString()));
        m_group->addAction(action);
        m_menu->insertAction(m_accountsEnd, action);
        connect(action, &QAction::triggered, this, [this, id = account.id()] { Q_EMIT switchRequested(id); });
    }
}

void AccountSwitcher::setCanAddAccounts(bool can)
{
    m_add->setVisible(can);
}

QList<QAction *> AccountSwitcher::accountActions() const
{
    return m_group->actions();
}
