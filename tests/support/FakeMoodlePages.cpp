#include "FakeMoodlePages.h"

namespace FakeMoodlePages {

static QByteArray page(const QString &title, const QString &bodyId, const QString &content)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html dir=\"ltr\" lang=\"en\" xml:lang=\"en\">\n<head>\n"
               "    <title>%1</title>\n"
               "    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
               "</head>\n<body id=\"%2\">\n<div id=\"page-wrapper\"><div id=\"page\" class=\"container-fluid\">\n"
               "<div role=\"main\">\n%3\n</div>\n</div></div>\n</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), bodyId, content)
        .toUtf8();
}

QByteArray loginPage(const QString &siteUrl)
{
    const QString action = (siteUrl + QStringLiteral("/login/index.php")).toHtmlEscaped();
    return page(
        QStringLiteral("Log in to the site | Northfield College"), QStringLiteral("page-login-index"),
        QStringLiteral(
            "<div class=\"loginform\">\n<h1 class=\"login-heading\">Log in to Northfield College</h1>\n"
            "<form class=\"login-form\" action=\"%1\" method=\"post\" id=\"login\">\n"
            "    <input type=\"hidden\" name=\"logintoken\" value=\"fakelogintoken0000000000000000000\">\n"
            "    <input type=\"text\" name=\"username\" id=\"username\" value=\"\" placeholder=\"Username\">\n"
            "    <input type=\"password\" name=\"password\" id=\"password\" value=\"\" placeholder=\"Password\">\n"
            "    <button class=\"btn btn-primary\" type=\"submit\" id=\"loginbtn\">Log in</button>\n"
            "</form>\n</div>")
            .arg(action));
}

QByteArray maintenancePage()
{
    return page(QStringLiteral("Maintenance mode | Northfield College"), QStringLiteral("page-maintenance"),
                QStringLiteral("<h2>Site maintenance</h2>\n<div class=\"box py-3 generalbox maintenance_message\">"
                               "This site is undergoing maintenance and is currently not available</div>"));
}

QByteArray frontPage(const QString &siteUrl)
{
    return page(QStringLiteral("Northfield College"), QStringLiteral("page-site-index"),
                QStringLiteral("<h1>Northfield College</h1>\n<a href=\"%1/login/index.php\">Log in</a>")
                    .arg(siteUrl.toHtmlEscaped()));
}

QByteArray errorPage(int status, const QByteArray &reason, const QString &detail)
{
    const QString title = QString::number(status) + QLatin1Char(' ') + QString::fromLatin1(reason);
    return page(title, QStringLiteral("page-error"),
                QStringLiteral("<h1>%1</h1>\n<p>%2</p>").arg(title.toHtmlEscaped(), detail.toHtmlEscaped()));
}

QByteArray notFoundPage(const QString &path)
{
    // What PHP's built-in server (which served the recordings) says for a missing script.
    return QStringLiteral("<!doctype html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
                          "<p>The requested resource <code class=\"url\">%1</code> was not found on this server.</p>"
                          "</body></html>")
        .arg(path.toHtmlEscaped())
        .toUtf8();
}

QByteArray redirectPage(const QString &location)
{
    return page(QStringLiteral("Redirect"), QStringLiteral("page-redirect"),
                QStringLiteral("<p>This page should automatically redirect. If nothing is happening please use the "
                               "continue link below.</p><a href=\"%1\">Continue</a>")
                    .arg(location.toHtmlEscaped()));
}

}  // namespace FakeMoodlePages
