#pragma once

#include <QByteArray>
#include <QString>

// The HTML pages the fake server answers where a real Moodle (or the web server in front of it) answers HTML.
// Shaped like Moodle 4.5 pages (Boost theme) so clients that sniff for them see familiar markers
// (body ids "page-login-index" / "page-maintenance", form id "login").
namespace FakeMoodlePages {

QByteArray loginPage(const QString &siteUrl);
QByteArray maintenancePage();
QByteArray frontPage(const QString &siteUrl);
QByteArray errorPage(int status, const QByteArray &reason, const QString &detail);
QByteArray notFoundPage(const QString &path);
QByteArray redirectPage(const QString &location);

}  // namespace FakeMoodlePages
