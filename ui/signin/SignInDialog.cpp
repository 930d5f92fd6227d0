#include "SignInDialog.h"

#include "widgets/InlineMessage.h"
#include "widgets/StatusIcons.h"

#include <QCheckBox>
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
    const auto addRow = [this, form](int row, const QString &text, QLineEdit *field, QLayout *cell) {
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
    };
    addRow(0, tr("&Site address:"), m_site, siteCell);
    addRow(1, tr("&Username:"), m_username, nullptr);
    addRow(2, tr("&Password:"), m_password, nullptr);

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
    layout->addWidget(m_hostWarning);
    layout->addWidget(m_consent);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(bottom);

    setTabOrder(m_site, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_consentCheck);
    setTabOrder(m_consentCheck, m_signInButton);
    setTabOrder(m_signInButton, m_cancelButton);
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
    m_subtitle->setText(tr("Your session on %1 has ended. Enter your password to continue; your offline data is "
                           "kept.")
                            .arg(account.siteName.isEmpty() ? account.siteUrl.host() : account.siteName));
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
    m_password->setFocus();
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
    fitHeight();
}

void SignInDialog::hideDestination()
{
    m_shownSite.reset();
    m_passwordHost->clear();
    m_passwordHost->hide();
    m_hostWarning->clear();
}

void SignInDialog::onFailed(const MoodleError &error)
{
    if (m_activity == Activity::CheckingSite) {
        m_activity = Activity::Idle;
        setSiteStatus(SiteState::Failed, error.userMessage());
        return;
    }
    if (m_activity != Activity::SigningIn)
        return;
    m_activity = Activity::Idle;
    setBusy(false);
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
