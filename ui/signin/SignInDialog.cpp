#include "SignInDialog.h"

#include "widgets/InertText.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusIcons.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
void makeReadOnly(QLineEdit *edit)
{
    edit->setReadOnly(true);
    // Read-only looks editable in most styles; the window colour shows it is fixed.
    QPalette palette = edit->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    edit->setPalette(palette);
}
}  // namespace

SignInDialog::SignInDialog(SignInFlow *flow, QWidget *parent) : QDialog(parent), m_flow(flow)
{
    setWindowTitle(tr("Sign in – Satchel"));
    setWindowIcon(StatusIcons::appIcon());

    // Header: who is asking and what for.
    auto *logo = new QLabel(this);
    logo->setPixmap(StatusIcons::appIcon().pixmap(QSize(48, 48), devicePixelRatioF()));
    logo->setFixedSize(48, 48);
    logo->setAccessibleName(tr("Satchel logo"));
    m_title = new QLabel(tr("Sign in to your Moodle site"), this);
    // Both may carry the site's name (prefillForReSignIn): text from the server is never markup.
    m_title->setObjectName(QStringLiteral("signInTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(tr("Use the same site address, username and password as in your web browser. "
                               "Satchel keeps a copy of your courses so you can use them offline."),
                            this);
    m_subtitle->setObjectName(QStringLiteral("signInSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(m_title);
    headerText->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    // Fields.
    m_site = new QLineEdit(this);
    m_site->setObjectName(QStringLiteral("siteEdit"));
    m_site->setAccessibleName(tr("Site address"));
    m_site->setPlaceholderText(tr("school.edu or https://school.edu/moodle"));
    m_site->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_site->installEventFilter(this);

    m_siteIcon = new QLabel(this);
    m_siteIcon->setFixedSize(StatusIcons::kSize, StatusIcons::kSize);
    m_siteStatus = new QLabel(this);
    m_siteStatus->setObjectName(QStringLiteral("siteStatus"));
    m_siteStatus->setAccessibleName(tr("Site status"));
    m_siteStatus->setWordWrap(true);
    m_siteStatus->setTextFormat(Qt::PlainText);
    auto *siteStatusRow = new QHBoxLayout;
    siteStatusRow->setContentsMargins(0, 0, 0, 0);
    siteStatusRow->setSpacing(6);
    siteStatusRow->addWidget(m_siteIcon, 0, Qt::AlignTop);
    siteStatusRow->addWidget(m_siteStatus, 1);

    // Where the password goes, before it goes: the host of the site the check ended on.
    m_passwordHost = new QLabel(this);
    m_passwordHost->setObjectName(QStringLiteral("passwordHost"));
    m_passwordHost->setAccessibleName(tr("Where your password goes"));
    m_passwordHost->setTextFormat(Qt::PlainText);
    m_passwordHost->setWordWrap(true);
    m_passwordHost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passwordHost->hide();
    auto *passwordHostRow = new QHBoxLayout;
    // Level with the site line's text, right of its icon.
    passwordHostRow->setContentsMargins(StatusIcons::kSize + 6, 0, 0, 0);
    passwordHostRow->addWidget(m_passwordHost, 1);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    // A grid rather than QFormLayout: the site line sits tight under its field, and the
    // labels stay level with the fields whatever the style.
    auto *siteCell = new QVBoxLayout;
    siteCell->setContentsMargins(0, 0, 0, 0);
    siteCell->setSpacing(4);
    siteCell->addWidget(m_site);
    siteCell->addLayout(siteStatusRow);
    siteCell->addLayout(passwordHostRow);

    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->setColumnStretch(1, 1);
    const auto addRow = [this, form](int row, const QString &text, QLineEdit *field, QLayout *cell) -> QLabel * {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        // As tall as the field, text centred: level with the field even when the cell below grows.
        label->setMinimumHeight(field->sizeHint().height());
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->addWidget(label, row, 0, Qt::AlignTop);
        if (cell)
            form->addLayout(cell, row, 1);
        else
            form->addWidget(field, row, 1);
        return label;
    };
    addRow(0, tr("&Site address:"), m_site, siteCell);
    m_usernameLabel = addRow(1, tr("&Username:"), m_username, nullptr);
    m_passwordLabel = addRow(2, tr("&Password:"), m_password, nullptr);

    // Browser sign-in: always offered under the form; the only way in when the site signs in on its own page.
    m_browserSection = new QWidget(this);
    m_browserSection->setObjectName(QStringLiteral("browserSignIn"));
    m_browserHint = new QLabel(m_browserSection);
    m_browserHint->setObjectName(QStringLiteral("browserHint"));
    m_browserHint->setTextFormat(Qt::PlainText);
    m_browserHint->setWordWrap(true);
    m_providers = new QWidget(m_browserSection);
    m_providers->setObjectName(QStringLiteral("identityProviders"));
    auto *providersLayout = new QHBoxLayout(m_providers);
    providersLayout->setContentsMargins(0, 0, 0, 0);
    providersLayout->setSpacing(6);
    providersLayout->addStretch();
    m_providers->hide();
    m_browserButton = new QPushButton(tr("Sign in with your &browser"), m_browserSection);
    m_browserButton->setObjectName(QStringLiteral("browserSignInButton"));
    m_browserButton->setAccessibleName(tr("Sign in with your browser"));
    m_browserButton->setAutoDefault(false);
    connect(m_browserButton, &QPushButton::clicked, this, [this] { signInWithBrowser(); });
    auto *browserButtonRow = new QHBoxLayout;
    browserButtonRow->setContentsMargins(0, 0, 0, 0);
    browserButtonRow->addWidget(m_browserButton);
    browserButtonRow->addStretch();
    auto *browserLayout = new QVBoxLayout(m_browserSection);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->setSpacing(6);
    browserLayout->addWidget(m_browserHint);
    browserLayout->addWidget(m_providers);
    browserLayout->addLayout(browserButtonRow);

    // Waiting for the browser: the link comes by itself (the OS starts satchel with it) or is pasted here.
    m_waitingSection = new QWidget(this);
    m_waitingSection->setObjectName(QStringLiteral("browserWaiting"));
    auto *waitingText = new QLabel(tr("Finish signing in in your browser. Satchel goes on by itself when the "
                                      "browser hands the sign-in back. If it does not, copy the address that starts "
                                      "with moodlemobile:// from the browser's address bar (or from its \"open the "
                                      "app\" button) and paste it here."),
                                   m_waitingSection);
    waitingText->setObjectName(QStringLiteral("waitingText"));
    waitingText->setTextFormat(Qt::PlainText);
    waitingText->setWordWrap(true);
    m_link = new QLineEdit(m_waitingSection);
    m_link->setObjectName(QStringLiteral("linkEdit"));
    m_link->setAccessibleName(tr("Sign-in link"));
    m_link->setPlaceholderText(QStringLiteral("moodlemobile://token=…"));
    m_link->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    auto *linkLabel = new QLabel(tr("Sign-in &link:"), m_waitingSection);
    linkLabel->setBuddy(m_link);
    m_linkButton = new QPushButton(tr("Continue"), m_waitingSection);
    m_linkButton->setObjectName(QStringLiteral("linkButton"));
    m_linkButton->setAccessibleName(tr("Continue with the pasted link"));
    connect(m_linkButton, &QPushButton::clicked, this, [this] { acceptLink(m_link->text()); });
    auto *linkRow = new QHBoxLayout;
    linkRow->setContentsMargins(0, 0, 0, 0);
    linkRow->setSpacing(8);
    linkRow->addWidget(linkLabel);
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_linkButton);
    // For a browser that did not open (or is on another machine): the address to open by hand.
    auto *launchLabel = new QLabel(tr("No browser opened? Open this address:"), m_waitingSection);
    launchLabel->setTextFormat(Qt::PlainText);
    launchLabel->setWordWrap(true);
    m_launchAddress = new QLineEdit(m_waitingSection);
    m_launchAddress->setObjectName(QStringLiteral("launchAddress"));
    m_launchAddress->setAccessibleName(tr("Address of the sign-in page"));
    makeReadOnly(m_launchAddress);
    m_stopWaiting = new QPushButton(tr("Stop waiting"), m_waitingSection);
    m_stopWaiting->setObjectName(QStringLiteral("stopWaitingButton"));
    m_stopWaiting->setAccessibleName(tr("Cancel the browser sign-in"));
    m_stopWaiting->setAutoDefault(false);
    connect(m_stopWaiting, &QPushButton::clicked, this, &SignInDialog::stopWaiting);
    auto *launchRow = new QHBoxLayout;
    launchRow->setContentsMargins(0, 0, 0, 0);
    launchRow->setSpacing(8);
    launchRow->addWidget(m_launchAddress, 1);
    launchRow->addWidget(m_stopWaiting);
    auto *waitingLayout = new QVBoxLayout(m_waitingSection);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->setSpacing(6);
    waitingLayout->addWidget(waitingText);
    waitingLayout->addLayout(linkRow);
    waitingLayout->addWidget(launchLabel);
    waitingLayout->addLayout(launchRow);
    m_waitingSection->hide();
    m_openUrl = [](const QUrl &address) { return QDesktopServices::openUrl(address); };

    // http:// consent: the person has to say yes explicitly before the password goes out unprotected.
    m_consent = new InlineMessage(this);
    m_consent->setObjectName(QStringLiteral("insecureConsent"));
    m_consent->setAccessibleName(tr("Insecure connection warning"));
    m_consentCheck = new QCheckBox(tr("Sign in over an insecure connection (http) anyway"), m_consent);
    m_consentCheck->setObjectName(QStringLiteral("insecureConsentCheck"));
    m_consentCheck->setAccessibleName(m_consentCheck->text());
    m_consent->addContentWidget(m_consentCheck);
    connect(m_consentCheck, &QCheckBox::toggled, this, &SignInDialog::updateSignInButton);

    m_hostWarning = new InlineMessage(this);
    m_hostWarning->setObjectName(QStringLiteral("hostChangedWarning"));
    m_hostWarning->setAccessibleName(tr("Another host warning"));

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setAccessibleName(tr("Sign-in problem"));
    connect(m_message, &InlineMessage::sizeChanged, this, &SignInDialog::fitHeight);
    connect(m_consent, &InlineMessage::sizeChanged, this, &SignInDialog::fitHeight);
    connect(m_hostWarning, &InlineMessage::sizeChanged, this, &SignInDialog::fitHeight);

    // Busy indicator, left of the buttons so showing it does not move anything.
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedWidth(80);
    m_busyBar->setMaximumHeight(12);
    m_busyBar->setAccessibleName(tr("Signing in"));
    m_busyLabel = new QLabel(tr("Signing in…"), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busy = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->setSpacing(8);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel);
    // Keep its space when hidden: the buttons stay where the pointer is.
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_browserSection);
    layout->addWidget(m_waitingSection);
    layout->addWidget(m_hostWarning);
    layout->addWidget(m_consent);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(bottom);

    setTabOrder(m_site, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_consentCheck);
    setTabOrder(m_consentCheck, m_signInButton);
    setTabOrder(m_signInButton, m_browserButton);
    setTabOrder(m_browserButton, m_link);
    setTabOrder(m_link, m_linkButton);
    setTabOrder(m_linkButton, m_launchAddress);
    setTabOrder(m_launchAddress, m_stopWaiting);
    setTabOrder(m_stopWaiting, m_cancelButton);
    setTabOrder(m_cancelButton, m_message->detailsButton());

    connect(m_site, &QLineEdit::textEdited, this, &SignInDialog::onSiteEdited);
    connect(m_flow, &SignInFlow::siteFound, this, &SignInDialog::onSiteFound);
    connect(m_flow, &SignInFlow::hostNeedsConfirmation, this, &SignInDialog::onHostNeedsConfirmation);
    // The password goes to another host than the one typed only after the person has seen it here.
    m_flow->setHostChangeNeedsConfirmation(true);
    connect(m_flow, &SignInFlow::failed, this, &SignInDialog::onFailed);
    connect(m_flow, &SignInFlow::signedIn, this, &SignInDialog::onSignedIn);
    connect(m_flow, &SignInFlow::stepChanged, this, [this](SignInFlow::Step step) {
        // Inside a sign-in the flow may check the site first; say so on the site line.
        if (m_activity == Activity::SigningIn && step == SignInFlow::Step::CheckingSite)
            setSiteStatus(SiteState::Checking);
    });

    setSiteStatus(SiteState::Hint);
    updateLoginMode();
    // Wide enough for the longest field label, a full URL and a two-line error sentence.
    setMinimumWidth(qMax(520, fontMetrics().averageCharWidth() * 78));
    resize(minimumWidth(), height());
    fitHeight();
    m_site->setFocus();
}

SignInDialog::~SignInDialog()
{
    if (m_flow && (m_activity == Activity::CheckingSite || m_activity == Activity::SigningIn))
        m_flow->cancel();
}

void SignInDialog::prefill(const QString &siteAddress, const QString &username)
{
    m_site->setText(siteAddress);
    m_username->setText(username);
    (siteAddress.isEmpty() ? m_site : username.isEmpty() ? m_username : m_password)->setFocus();
}

void SignInDialog::prefillForReSignIn(const Account &account)
{
    const QString address = account.siteUrl.toString();
    m_site->setText(address);
    m_username->setText(account.username);
    makeReadOnly(m_site);
    makeReadOnly(m_username);
    m_title->setText(tr("Sign in again"));
    const QString siteName = account.siteName.isEmpty() ? account.siteUrl.host() : account.siteName;
    m_browserAccount = account.signInMethod == Account::SignInMethod::Browser;
    if (m_browserAccount)
        m_subtitle->setText(tr("Your session on %1 has ended. Sign in with your browser as you did before; your "
                               "offline data is kept.")
                                .arg(siteName));
    else
        m_subtitle->setText(
            tr("Your session on %1 has ended. Enter your password to continue; your offline data is kept.")
                .arg(siteName));
    // The name is known from the account; no need to ask the site before the person signs in.
    m_checkedAddress = address;
    if (account.siteUrl.scheme() == QLatin1String("http")) {
        setSiteStatus(SiteState::Insecure, account.siteName);
        showConsent();
        m_consentCheck->setChecked(account.insecureConsent);
    } else {
        setSiteStatus(SiteState::Found, account.siteName);
    }
    showDestination(CheckedSite{account.siteUrl, {}, account.siteUrl});
    (m_browserAccount ? static_cast<QWidget *>(m_browserButton) : m_password)->setFocus();
}

QString SignInDialog::siteStatusText() const
{
    return m_siteStatus->text();
}

QString SignInDialog::messageText() const
{
    return m_message->text();
}

QString SignInDialog::passwordHostText() const
{
    return m_passwordHost->isHidden() ? QString() : m_passwordHost->text();
}

QString SignInDialog::siteAddress() const
{
    return m_site->text().trimmed();
}

bool SignInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_site) {
        if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            checkSite();
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                // Enter in the site field checks the site and moves on; it must not press "Sign in".
                checkSite();
                (m_username->text().isEmpty() ? m_username : m_password)->setFocus(Qt::TabFocusReason);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SignInDialog::checkSite()
{
    if (m_activity == Activity::SigningIn || m_activity == Activity::Done || m_site->isReadOnly())
        return;
    const QString address = siteAddress();
    if (address.isEmpty()) {
        setSiteStatus(SiteState::Hint);
        return;
    }
    // Already checked (or being checked): focus going back and forth should not ask again.
    if (address == m_checkedAddress && m_siteState != SiteState::Hint)
        return;
    m_checkedAddress = address;
    m_activity = Activity::CheckingSite;
    hideConsent();
    setSiteStatus(SiteState::Checking);
    m_flow->checkSite(address);
}

void SignInDialog::onSiteEdited()
{
    if (siteAddress() == m_checkedAddress)
        return;
    // The line described another address; an answer for it would now be misleading.
    if (m_activity == Activity::CheckingSite) {
        m_flow->cancel();
        m_activity = Activity::Idle;
    }
    m_checkedAddress.clear();
    m_browserPending = false;
    hideConsent();
    setSiteStatus(SiteState::Hint);
}

void SignInDialog::signIn()
{
    if (m_activity == Activity::SigningIn || m_activity == Activity::Done)
        return;
    if (siteAddress().isEmpty())
        return showProblem(tr("Enter the address of your Moodle site."), m_site);
    if (m_username->text().trimmed().isEmpty())
        return showProblem(tr("Enter your username."), m_username);
    if (m_password->text().isEmpty())
        return showProblem(tr("Enter your password."), m_password);
    if (!m_consent->isHidden() && !m_consentCheck->isChecked())
        return showProblem(tr("Tick the box to sign in over an insecure connection, or use an https:// address."),
                           m_consentCheck);

    m_message->clear();
    if (siteAddress() != m_checkedAddress) {
        m_checkedAddress = siteAddress();
        hideConsent();
    }
    const bool allowInsecure = !m_consent->isHidden() && m_consentCheck->isChecked();
    // The other host the warning names, once the person has seen it: signing in now means going there.
    const QString confirmedHost = m_shownSite && !m_hostWarning->isHidden() ? m_shownSite->passwordHost() : QString();
    m_activity = Activity::SigningIn;
    setBusy(true);
    m_flow->signIn(siteAddress(), m_username->text(), m_password->text(), allowInsecure, confirmedHost);
}

void SignInDialog::reject()
{
    m_browserSignIn.cancel();
    if (m_activity == Activity::CheckingSite || m_activity == Activity::SigningIn)
        m_flow->cancel();
    m_activity = Activity::Idle;
    QDialog::reject();
}

void SignInDialog::onSiteFound(const CheckedSite &site)
{
    if (m_activity == Activity::CheckingSite)
        m_activity = Activity::Idle;
    const QString name = site.config.siteName.isEmpty() ? site.baseUrl.host() : site.config.siteName;
    if (site.isSecure()) {
        hideConsent();
        setSiteStatus(SiteState::Found, name);
    } else {
        setSiteStatus(SiteState::Insecure, name);
        showConsent();
    }
    showDestination(site);
    if (m_browserPending && m_activity == Activity::Idle) {
        m_browserPending = false;
        startBrowserSignIn(site, m_pendingProviderId);
    }
}

void SignInDialog::onHostNeedsConfirmation(const CheckedSite &site)
{
    if (m_activity != Activity::SigningIn)
        return;
    m_activity = Activity::Idle;
    setBusy(false);
    showDestination(site);  // already there from siteFound; the warning must be on screen now
    m_message->showMessage(InlineMessage::Type::Information,
                           tr("Your password has not been sent yet. Check the warning above, then press Sign in "
                              "again to send it to %1.")
                               .arg(site.passwordHost()));
    m_signInButton->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::showDestination(const CheckedSite &site)
{
    m_shownSite = site;
    m_passwordHost->setText(tr("Your password will be sent to %1").arg(site.passwordHost()));
    m_passwordHost->setAccessibleDescription(m_passwordHost->text());
    m_passwordHost->show();
    if (site.hostChanged()) {
        m_hostWarning->showMessage(
            InlineMessage::Type::Warning,
            tr("You typed %1, but that site sent Satchel on to another host, %2. Sign in only if you know that "
               "%2 is where your school signs you in (a single sign-on service, for example): a look-alike "
               "page that collects passwords can also send you on like this.")
                .arg(site.typedHost(), site.passwordHost()));
    } else {
        m_hostWarning->clear();
    }
    showIdentityProviders(site.config.identityProviders);
    updateLoginMode();
}

void SignInDialog::hideDestination()
{
    m_shownSite.reset();
    m_passwordHost->clear();
    m_passwordHost->hide();
    m_hostWarning->clear();
    showIdentityProviders({});
    updateLoginMode();
}

void SignInDialog::onFailed(const MoodleError &error)
{
    if (m_activity == Activity::CheckingSite) {
        m_activity = Activity::Idle;
        m_browserPending = false;
        setSiteStatus(SiteState::Failed, error.userMessage());
        return;
    }
    if (m_activity != Activity::SigningIn)
        return;
    m_activity = Activity::Idle;
    setBusy(false);
    if (m_signingInWithLink) {
        // The link's passport is used up: the way on is a new browser sign-in.
        m_signingInWithLink = false;
        updateLoginMode();
        showProblem(error.userMessage(), m_browserButton, error.details());
        return;
    }
    // The sign-in's own site check failed: the sentence goes to the message area, not twice.
    if (m_siteState == SiteState::Checking)
        setSiteStatus(SiteState::Hint);

    if (error.kind() == MoodleError::Kind::InsecureConnectionNotAllowed) {
        m_message->clear();
        showConsent();
        m_consentCheck->setFocus();
        return;
    }
    showProblem(error.userMessage(), focusTargetFor(error), error.details());
}

void SignInDialog::onSignedIn(const Account &account)
{
    if (m_activity != Activity::SigningIn)
        return;
    m_activity = Activity::Done;
    m_account = account;
    m_password->clear();
    m_message->clear();
    Q_EMIT signedIn(account);
    accept();
}

void SignInDialog::showProblem(const QString &text, QWidget *focus, const QString &details)
{
    m_message->showMessage(InlineMessage::Type::Error, text, details);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

QWidget *SignInDialog::focusTargetFor(const MoodleError &error) const
{
    using K = MoodleError::Kind;
    switch (error.kind()) {
    case K::InvalidLogin:
        return m_password;
    case K::AccountNotAllowed:
    case K::AccountNotConfirmed:
    case K::PasswordChangeRequired:
        return m_username;
    case K::InvalidAddress:
    case K::NotMoodle:
    case K::HostNotFound:
    case K::TooManyRedirects:
    case K::InsecureRedirect:
    case K::SiteRedirected:
    case K::TlsError:
    case K::HttpError:
        return m_site->isReadOnly() ? static_cast<QWidget *>(m_signInButton) : m_site;
    default:
        // Offline, maintenance, keychain: nothing to fix in the fields, trying again is the way on.
        return m_signInButton;
    }
}

void SignInDialog::setBusy(bool busy)
{
    m_site->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_consentCheck->setEnabled(!busy);
    m_browserButton->setEnabled(!busy);
    for (QPushButton *provider : std::as_const(m_providerButtons))
        provider->setEnabled(!busy);
    const bool waiting = m_activity == Activity::WaitingForBrowser;
    m_link->setEnabled(waiting);
    m_linkButton->setEnabled(waiting);
    m_stopWaiting->setEnabled(waiting);
    m_busyLabel->setText(waiting ? tr("Waiting for your browser…") : tr("Signing in…"));
    m_busy->setVisible(busy);
    updateSignInButton();
}

void SignInDialog::setSiteStatus(SiteState state, const QString &text)
{
    m_siteState = state;
    // Only a found site has a destination; onSiteFound() shows it after this.
    if (state != SiteState::Found && state != SiteState::Insecure)
        hideDestination();
    QPalette palette = m_siteStatus->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    switch (state) {
    case SiteState::Hint:
        m_siteIcon->clear();
        m_siteIcon->hide();
        m_siteStatus->setText(tr("The address you use for Moodle in your web browser."));
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::PlaceholderText));
        break;
    case SiteState::Checking:
        m_siteIcon->clear();
        m_siteIcon->hide();
        m_siteStatus->setText(tr("Checking site…"));
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::PlaceholderText));
        break;
    case SiteState::Found:
        m_siteIcon->setPixmap(StatusIcons::pixmap(StatusIcons::Ok, devicePixelRatioF()));
        m_siteIcon->show();
        m_siteStatus->setText(text);
        break;
    case SiteState::Insecure:
        m_siteIcon->setPixmap(StatusIcons::pixmap(StatusIcons::Warning, devicePixelRatioF()));
        m_siteIcon->show();
        m_siteStatus->setText(tr("%1 (not secure: http)").arg(text));
        break;
    case SiteState::Failed:
        m_siteIcon->setPixmap(StatusIcons::pixmap(StatusIcons::Error, devicePixelRatioF()));
        m_siteIcon->show();
        m_siteStatus->setText(text);
        break;
    }
    m_siteStatus->setPalette(palette);
    m_siteStatus->setAccessibleDescription(m_siteStatus->text());
    fitHeight();
}

void SignInDialog::showConsent()
{
    if (!m_consent->isHidden())
        return;
    m_consentCheck->setChecked(false);
    m_consent->showMessage(InlineMessage::Type::Warning,
                           MoodleError(MoodleError::Kind::InsecureConnectionNotAllowed).userMessage());
    updateSignInButton();
}

void SignInDialog::hideConsent()
{
    m_consentCheck->setChecked(false);
    m_consent->clear();
    updateSignInButton();
}

void SignInDialog::updateSignInButton()
{
    // "Sign in" stays clickable without consent: clicking it says what is missing.
    m_signInButton->setEnabled(m_activity != Activity::SigningIn && m_activity != Activity::Done);
}

void SignInDialog::fitHeight()
{
    // Word-wrapped sentences need height-for-width; grow or shrink to fit, keep the width.
    if (!layout())
        return;
    layout()->activate();
    const int wanted =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (wanted > 0 && wanted != height())
        resize(width(), wanted);
}

void SignInDialog::signInWithBrowser(const QString &identityProviderId)
{
    if (m_activity == Activity::WaitingForBrowser || m_activity == Activity::SigningIn || m_activity == Activity::Done)
        return;
    if (siteAddress().isEmpty())
        return showProblem(tr("Enter the address of your Moodle site."), m_site);
    if (m_shownSite && siteAddress() == m_checkedAddress && m_activity == Activity::Idle)
        return startBrowserSignIn(*m_shownSite, identityProviderId);
    // The site has to be known first: launch.php is on it, and its wwwroot is what the link is signed with.
    m_browserPending = true;
    m_pendingProviderId = identityProviderId;
    if (m_activity != Activity::CheckingSite) {
        m_checkedAddress.clear();  // asked again even when the last check of this address failed
        checkSite();
    }
}

void SignInDialog::startBrowserSignIn(const CheckedSite &site, const QString &identityProviderId)
{
    // The token comes back in the clear over http as a password would go: the same consent first.
    if (!site.isSecure() && (m_consent->isHidden() || !m_consentCheck->isChecked())) {
        showConsent();
        return showProblem(tr("Tick the box to sign in over an insecure connection, or use an https:// address."),
                           m_consentCheck);
    }
    m_message->clear();
    m_browserSite = site;
    const QUrl launch = m_browserSignIn.start(site.baseUrl, site.config.wwwRoot, identityProviderId);
    m_activity = Activity::WaitingForBrowser;
    m_launchAddress->setText(launch.toString(QUrl::FullyEncoded));
    m_launchAddress->setCursorPosition(0);
    m_link->clear();
    setBusy(true);
    updateLoginMode();
    m_link->setFocus(Qt::OtherFocusReason);
    if (!m_openUrl || !m_openUrl(launch))
        m_message->showMessage(InlineMessage::Type::Warning,
                               tr("Satchel could not open your web browser. Open the address below in a browser "
                                  "yourself, sign in there, then paste the link here."));
}

bool SignInDialog::acceptLink(const QString &link)
{
    if (m_activity == Activity::SigningIn || m_activity == Activity::Done)
        return false;
    const BrowserSignIn::Outcome outcome = m_browserSignIn.accept(link);
    if (!outcome.ok()) {
        QWidget *focus = m_activity == Activity::WaitingForBrowser ? static_cast<QWidget *>(m_link) : m_browserButton;
        showProblem(linkProblem(outcome.error), focus);
        if (focus == m_link)
            m_link->selectAll();
        return false;
    }
    m_message->clear();
    m_link->clear();  // it carries the token
    m_activity = Activity::SigningIn;
    m_signingInWithLink = true;
    setBusy(true);
    m_flow->signInWithToken(*m_browserSite, outcome.token);
    return true;
}

void SignInDialog::stopWaiting()
{
    if (m_activity != Activity::WaitingForBrowser)
        return;
    m_browserSignIn.cancel();
    m_activity = Activity::Idle;
    m_link->clear();
    m_message->clear();
    setBusy(false);
    updateLoginMode();
    m_browserButton->setFocus(Qt::OtherFocusReason);
}

QString SignInDialog::linkProblem(BrowserSignIn::Error error) const
{
    switch (error) {
    case BrowserSignIn::Error::None:
        break;
    case BrowserSignIn::Error::MalformedLink:
        return tr("That is not a sign-in link. Copy the whole address that starts with moodlemobile://token= "
                  "from your browser and paste it here.");
    case BrowserSignIn::Error::NotThisSignIn:
        return tr("That sign-in link was made for another site or another sign-in, not this one. Use the link "
                  "from the page Satchel opened just now.");
    case BrowserSignIn::Error::PassportExpired:
        return tr("That sign-in link came more than %L1 minutes after the sign-in started. Press Stop waiting, "
                  "then sign in with your browser again.")
            .arg(BrowserSignIn::kPassportLifetimeSeconds / 60);
    case BrowserSignIn::Error::LinkAlreadyUsed:
        return tr("That sign-in link was already used. Sign in with your browser again for a new one.");
    case BrowserSignIn::Error::NoSignInWaiting:
        return tr("Satchel is not waiting for a sign-in link. Press “Sign in with your browser” first.");
    }
    return QString();
}

void SignInDialog::showIdentityProviders(const QList<PublicConfig::IdentityProvider> &providers)
{
    qDeleteAll(m_providerButtons);
    m_providerButtons.clear();
    auto *row = static_cast<QHBoxLayout *>(m_providers->layout());
    QWidget *previous = m_signInButton;
    for (const PublicConfig::IdentityProvider &provider : providers) {
        if (provider.name.trimmed().isEmpty())
            continue;
        // Names only: the icons are on the site, and the dialog fetches no image from it.
        auto *button = new QPushButton(InertText::forShortcutText(provider.name), m_providers);
        button->setObjectName(QStringLiteral("identityProvider"));
        button->setAccessibleName(tr("Sign in with %1").arg(provider.name));
        button->setToolTip(InertText::toolTip(tr("Sign in with %1 in your browser").arg(provider.name)));
        button->setAutoDefault(false);
        const QString id = provider.oauthId();
        connect(button, &QPushButton::clicked, this, [this, id] { signInWithBrowser(id); });
        row->insertWidget(row->count() - 1, button);
        setTabOrder(previous, button);
        previous = button;
        m_providerButtons.append(button);
    }
    setTabOrder(previous, m_browserButton);
    m_providers->setVisible(!m_providerButtons.isEmpty());
}

void SignInDialog::updateLoginMode()
{
    const bool browserPath =
        m_activity == Activity::WaitingForBrowser || (m_activity == Activity::SigningIn && m_signingInWithLink);
    // typeoflogin 2 or 3 (or no login form): the site takes no password from an app.
    const bool siteBrowserOnly = m_shownSite && !m_shownSite->config.allowsPasswordLogin();
    const bool browserOnly = siteBrowserOnly || m_browserAccount;
    const bool passwordForm = !browserPath && !browserOnly;
    for (QWidget *widget : {static_cast<QWidget *>(m_usernameLabel), static_cast<QWidget *>(m_username),
                            static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_password)})
        widget->setVisible(passwordForm);
    m_passwordHost->setVisible(passwordForm && m_shownSite);
    m_signInButton->setVisible(passwordForm);
    m_signInButton->setDefault(passwordForm);
    m_browserButton->setDefault(browserOnly && !browserPath);
    m_linkButton->setDefault(browserPath);
    m_browserSection->setVisible(!browserPath);
    m_waitingSection->setVisible(browserPath);
    if (m_browserAccount && !siteBrowserOnly) {
        m_browserHint->setText(tr("You signed in on your school's own page, in your web browser:"));
    } else if (browserOnly) {
        const QString name =
            m_shownSite->config.siteName.isEmpty() ? m_shownSite->passwordHost() : m_shownSite->config.siteName;
        m_browserHint->setText(
            tr("%1 signs you in on its own page, in your web browser.").arg(InertText::isolated(name)));
    } else {
        m_browserHint->setText(tr("Does your school sign you in through its own page, Microsoft or Google? Use "
                                  "your browser:"));
    }
    fitHeight();
}
