#pragma once

#include <QCoreApplication>
#include <QString>

// Everything that can go wrong between Satchel and a Moodle site, as one type.
// `userMessage()` is the sentence a student reads; `details()` is for logs and the
// "details" disclosure (never contains the token).
class MoodleError
{
    Q_DECLARE_TR_FUNCTIONS(MoodleError)

public:
    enum class Kind {
        // Network: the site could not be reached. Treated as "offline".
        ConnectionRefused,
        HostNotFound,
        Timeout,
        NetworkUnavailable,
        // TLS problems are never ignored; they are not "offline" either.
        TlsError,
        // The answer was not what Moodle sends.
        HttpError,  // HTTP >= 400 without a Moodle error body
        ServerUnavailable,  // HTTP 502/503/504 or a maintenance page: temporary
        HtmlInsteadOfJson,  // a web page (login redirect, proxy, portal) instead of data
        InvalidResponse,  // broken, truncated or empty JSON
        ResponseTooLarge,
        NotMoodle,  // the address answers, but it is not a Moodle site
        TooManyRedirects,
        InsecureRedirect,  // https redirected to http
        InvalidAddress,
        InsecureConnectionNotAllowed,  // http:// site without the user's consent
        // Sign-in (token.php and public config).
        InvalidLogin,
        AppAccessDisabled,  // web services / mobile service off
        SiteMaintenance,
        PasswordChangeRequired,
        AccountNotConfirmed,
        AccountNotAllowed,
        WrongApp,
        SiteRedirected,  // missingparam/codingerror after a POST turned into GET
        SsoRequired,  // the site only allows browser sign-in
        UnsupportedMoodleVersion,
        // Web service exceptions.
        TokenExpired,  // invalidtoken, expired token: needs sign-in
        PermissionDenied,
        NotEnrolled,
        InvalidParameter,
        NotFound,
        FunctionNotAvailable,
        NoCompletionCriteria,  // a normal answer for courses without criteria
        ServerException,  // any other Moodle exception
        Cancelled,
        KeychainUnavailable,  // the OS keychain refused to store or read the token
        LocalStorageError,  // the data folder or database could not be written
    };

    enum class Category {
        Offline,
        NeedsSignIn,
        Temporary,
        Rejected,
        Usage
    };

    MoodleError() = default;
    MoodleError(Kind kind, QString errorCode = {}, QString serverMessage = {});

    Kind kind() const { return m_kind; }
    QString errorCode() const { return m_errorCode; }
    QString exception() const { return m_exception; }
    QString serverMessage() const { return m_serverMessage; }
    int httpStatus() const { return m_httpStatus; }
    QString technicalDetail() const { return m_technicalDetail; }

    MoodleError &withHttpStatus(int status)
    {
        m_httpStatus = status;
        return *this;
    }
    MoodleError &withException(const QString &exception)
    {
        m_exception = exception;
        return *this;
    }
    MoodleError &withDetail(const QString &detail)
    {
        m_technicalDetail = detail;
        return *this;
    }
    MoodleError &withFunction(const QString &function)
    {
        m_function = function;
        return *this;
    }
    QString function() const { return m_function; }

    Category category() const;
    bool isOffline() const { return category() == Category::Offline; }
    bool needsSignIn() const { return category() == Category::NeedsSignIn; }
    // Worth retrying later without the user changing anything (network, maintenance, 5xx).
    bool isTransient() const;

    // The sentence a person reads. Never raw JSON, never a stack trace.
    QString userMessage() const;
    // For logs and the details view: kind, error code, HTTP status, server message.
    QString details() const;

    static QString kindName(Kind kind);
    // Moodle's errorcode (from token.php, REST or AJAX) mapped to a kind.
    static Kind kindForErrorCode(const QString &errorCode, const QString &exception, const QString &message);

private:
    Kind m_kind = Kind::ServerException;
    QString m_errorCode;
    QString m_exception;
    QString m_serverMessage;
    QString m_technicalDetail;
    QString m_function;
    int m_httpStatus = 0;
};
