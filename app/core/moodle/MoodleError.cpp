#include "MoodleError.h"

MoodleError::MoodleError(Kind kind, QString errorCode, QString serverMessage)
    : m_kind(kind), m_errorCode(std::move(errorCode)), m_serverMessage(std::move(serverMessage))
{}

MoodleError::Kind MoodleError::kindForErrorCode(const QString &code, const QString &exception, const QString &message)
{
    using K = Kind;
    if (code == QLatin1String("invalidlogin"))
        return K::InvalidLogin;
    if (code == QLatin1String("servicenotavailable") || code == QLatin1String("enablewsdescription")
        || code == QLatin1String("servicerequireslogin"))
        return K::AppAccessDisabled;
    if (code == QLatin1String("sitemaintenance") || code == QLatin1String("upgraderunning"))
        return K::SiteMaintenance;
    if (code == QLatin1String("forcepasswordchangenotice") || code == QLatin1String("passwordisexpired")
        || code == QLatin1String("restoredaccountresetpassword"))
        return K::PasswordChangeRequired;
    if (code == QLatin1String("usernotconfirmed"))
        return K::AccountNotConfirmed;
    if (code == QLatin1String("noguest") || code == QLatin1String("usernotallowed")
        || code == QLatin1String("cannotcreatetoken") || code == QLatin1String("wsaccessusersuspended")
        || code == QLatin1String("wsaccessuserdeleted") || code == QLatin1String("userdeleted")
        || code == QLatin1String("usernotfullysetup") || code == QLatin1String("sitepolicynotagreed"))
        return K::AccountNotAllowed;
    if (code == QLatin1String("connecttomoodleapp") || code == QLatin1String("connecttoworkplaceapp"))
        return K::WrongApp;
    if (code == QLatin1String("missingparam") || code == QLatin1String("codingerror"))
        return K::SiteRedirected;
    if (code == QLatin1String("invalidtoken"))
        return K::TokenExpired;
    if (code == QLatin1String("accessexception")) {
        // An expired token arrives as accessexception on some versions; the same code with
        // "Access control exception" is what a token gets while mobile services are off.
        if (message.contains(QLatin1String("token expired"), Qt::CaseInsensitive)
            || message.contains(QLatin1String("Invalid token"), Qt::CaseInsensitive))
            return K::TokenExpired;
        // "Access control exception" alone: the function is not in the service, or (for a function
        // every mobile service has, see MoodleClient) the mobile service is off.
        return K::FunctionNotAvailable;
    }
    if (code == QLatin1String("nopermissions") || code == QLatin1String("nopermissiontoviewgrades")
        || code == QLatin1String("notingroup") || code == QLatin1String("nopermission")
        || exception.endsWith(QLatin1String("required_capability_exception")))
        return K::PermissionDenied;
    if (code == QLatin1String("requireloginerror") || code == QLatin1String("errorcoursecontextnotvalid")
        || code == QLatin1String("notenroled") || code == QLatin1String("coursehidden")
        || exception.endsWith(QLatin1String("require_login_exception")))
        return K::NotEnrolled;
    // cannotmanualctrack: the activity is no longer marked done by hand (its completion became automatic).
    if (code == QLatin1String("invalidparameter") || code == QLatin1String("cannotmanualctrack")
        || exception.endsWith(QLatin1String("invalid_parameter_exception")))
        return K::InvalidParameter;
    if (code == QLatin1String("invalidrecord") || code == QLatin1String("invalidrecordunknown")
        || exception.endsWith(QLatin1String("dml_missing_record_exception")))
        return K::NotFound;
    if (code == QLatin1String("nocriteriaset"))
        return K::NoCompletionCriteria;
    return K::ServerException;
}

MoodleError::Category MoodleError::category() const
{
    switch (m_kind) {
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Timeout:
    case Kind::NetworkUnavailable:
        return Category::Offline;
    case Kind::TokenExpired:
    case Kind::InvalidLogin:
    case Kind::PasswordChangeRequired:
    case Kind::AccountNotConfirmed:
    case Kind::AccountNotAllowed:
    case Kind::WrongApp:
    case Kind::SsoRequired:
        return Category::NeedsSignIn;
    case Kind::ServerUnavailable:
    case Kind::SiteMaintenance:
    case Kind::HtmlInsteadOfJson:
    case Kind::InvalidResponse:
    case Kind::AppAccessDisabled:
        return Category::Temporary;
    case Kind::InvalidAddress:
    case Kind::InsecureConnectionNotAllowed:
    case Kind::Cancelled:
    case Kind::KeychainUnavailable:
    case Kind::LocalStorageError:
        return Category::Usage;
    default:
        return Category::Rejected;
    }
}

bool MoodleError::isTransient() const
{
    const Category c = category();
    return c == Category::Offline || c == Category::Temporary || c == Category::NeedsSignIn || m_kind == Kind::Cancelled
        || (m_kind == Kind::HttpError && m_httpStatus == 429);
}

QString MoodleError::userMessage() const
{
    switch (m_kind) {
    case Kind::ConnectionRefused:
        return tr("The site is not answering. It may be down, or you may be offline.");
    case Kind::HostNotFound:
        return tr("This site address could not be found. Check the address, or your internet connection.");
    case Kind::Timeout:
        return tr("The site took too long to answer. Your connection may be slow or offline.");
    case Kind::NetworkUnavailable:
        return tr("You appear to be offline. Satchel will keep trying.");
    case Kind::TlsError:
        return tr("The site's secure connection could not be verified (%1). Satchel does not connect to sites "
                  "it cannot verify.")
            .arg(m_technicalDetail.isEmpty() ? tr("certificate problem") : m_technicalDetail);
    case Kind::HttpError:
        if (m_httpStatus == 404)
            return tr("The site answered \"not found\". Check the site address.");
        if (m_httpStatus == 429)
            return tr("The site is busy and asked Satchel to slow down. It will try again shortly.");
        return tr("The site answered with an error (HTTP %1). Try again later.").arg(m_httpStatus);
    case Kind::ServerUnavailable:
        return tr("The site is temporarily unavailable. Try again later.");
    case Kind::HtmlInsteadOfJson:
        return tr("The site answered with a web page instead of data. It may be under maintenance, or a network "
                  "login page may be in the way.");
    case Kind::InvalidResponse:
        return tr("The site sent an incomplete or damaged answer. Try again later.");
    case Kind::ResponseTooLarge:
        return tr("The site sent more data than Satchel can handle at once.");
    case Kind::NotMoodle:
        return tr("This address does not look like a Moodle site. Check the address your school gave you.");
    case Kind::TooManyRedirects:
        return tr("The site keeps redirecting. Check the site address.");
    case Kind::InsecureRedirect:
        return tr("The site redirected from a secure address to an insecure one. Satchel stopped to protect your "
                  "password.");
    case Kind::InvalidAddress:
        return tr("That is not a valid site address. Type something like \"school.edu\" or "
                  "\"https://school.edu/moodle\".");
    case Kind::InsecureConnectionNotAllowed:
        return tr("This site does not use a secure connection (http). Your password would be sent unprotected. "
                  "Allow it only if you trust the network.");
    case Kind::InvalidLogin:
        return tr("Invalid username or password.");
    case Kind::AppAccessDisabled:
        return tr("This site does not allow access from apps. Ask the site administrator to enable mobile web "
                  "services.");
    case Kind::SiteMaintenance:
        return m_serverMessage.isEmpty() ? tr("The site is under maintenance. Try again later.")
                                         : tr("The site is under maintenance: %1").arg(m_serverMessage);
    case Kind::PasswordChangeRequired:
        return tr("You need to change your password on the website before you can sign in here.");
    case Kind::AccountNotConfirmed:
        return tr("Your account is not confirmed yet. Follow the link in the confirmation e-mail first.");
    case Kind::AccountNotAllowed:
        return tr("Your account cannot use apps on this site. Contact the site administrator.");
    case Kind::WrongApp:
        return tr("This site requires a different Moodle app.");
    case Kind::SiteRedirected:
        return tr("The site address redirects elsewhere. Use the site's final address (usually starting with "
                  "https://).");
    case Kind::SsoRequired:
        return tr("This site signs you in on its own page, in your web browser. Press “Sign in with your browser” "
                  "instead.");
    case Kind::UnsupportedMoodleVersion:
        return tr("This Moodle site is too old for Satchel.");
    case Kind::TokenExpired:
        return tr("Your session has expired. Sign in again; your offline data is kept.");
    case Kind::PermissionDenied:
        return tr("You do not have permission to see this.");
    case Kind::NotEnrolled:
        return tr("You are not enrolled in this course, or it is not available to you.");
    case Kind::InvalidParameter:
        return tr("The site did not accept Satchel's request. The site may be running an unsupported version.");
    case Kind::NotFound:
        return tr("The site could not find what Satchel asked for. It may have been removed.");
    case Kind::FunctionNotAvailable:
        return tr("This site does not offer this feature to apps.");
    case Kind::NoCompletionCriteria:
        return tr("This course has no completion criteria.");
    case Kind::ServerException:
        return tr("The site reported a problem. Try again later.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::KeychainUnavailable:
        return tr("Satchel could not use the system keychain to keep you signed in (%1). Unlock or set up the "
                  "keychain and try again.")
            .arg(m_technicalDetail);
    case Kind::LocalStorageError:
        return tr("Satchel could not write its data on this computer (%1). Check free disk space and folder "
                  "permissions.")
            .arg(m_technicalDetail);
    }
    return tr("Something went wrong.");
}

QString MoodleError::kindName(Kind kind)
{
    // clang-format off
    switch (kind) {
#define SATCHEL_KIND(k) case Kind::k: return QStringLiteral(#k);
    SATCHEL_KIND(ConnectionRefused) SATCHEL_KIND(HostNotFound) SATCHEL_KIND(Timeout)
    SATCHEL_KIND(NetworkUnavailable) SATCHEL_KIND(TlsError) SATCHEL_KIND(HttpError)
    SATCHEL_KIND(ServerUnavailable) SATCHEL_KIND(HtmlInsteadOfJson) SATCHEL_KIND(InvalidResponse)
    SATCHEL_KIND(ResponseTooLarge) SATCHEL_KIND(NotMoodle) SATCHEL_KIND(TooManyRedirects)
    SATCHEL_KIND(InsecureRedirect) SATCHEL_KIND(InvalidAddress) SATCHEL_KIND(InsecureConnectionNotAllowed)
    SATCHEL_KIND(InvalidLogin) SATCHEL_KIND(AppAccessDisabled) SATCHEL_KIND(SiteMaintenance)
    SATCHEL_KIND(PasswordChangeRequired) SATCHEL_KIND(AccountNotConfirmed) SATCHEL_KIND(AccountNotAllowed)
    SATCHEL_KIND(WrongApp) SATCHEL_KIND(SiteRedirected) SATCHEL_KIND(SsoRequired)
    SATCHEL_KIND(UnsupportedMoodleVersion) SATCHEL_KIND(TokenExpired) SATCHEL_KIND(PermissionDenied)
    SATCHEL_KIND(NotEnrolled) SATCHEL_KIND(InvalidParameter) SATCHEL_KIND(NotFound)
    SATCHEL_KIND(FunctionNotAvailable) SATCHEL_KIND(NoCompletionCriteria) SATCHEL_KIND(ServerException)
    SATCHEL_KIND(Cancelled) SATCHEL_KIND(KeychainUnavailable) SATCHEL_KIND(LocalStorageError)
#undef SATCHEL_KIND
    }
    // clang-format on
    return QStringLiteral("Unknown");
}

QString MoodleError::details() const
{
    QStringList parts{kindName(m_kind)};
    if (!m_function.isEmpty())
        parts << QStringLiteral("function=%1").arg(m_function);
    if (!m_errorCode.isEmpty())
        parts << QStringLiteral("errorcode=%1").arg(m_errorCode);
    if (!m_exception.isEmpty())
        parts << QStringLiteral("exception=%1").arg(m_exception);
    if (m_httpStatus)
        parts << QStringLiteral("http=%1").arg(m_httpStatus);
    if (!m_serverMessage.isEmpty())
        parts << QStringLiteral("message=\"%1\"").arg(m_serverMessage);
    if (!m_technicalDetail.isEmpty())
        parts << QStringLiteral("detail=\"%1\"").arg(m_technicalDetail);
    return parts.join(QLatin1Char(' '));
}
