#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// What a person typed as their Moodle site, turned into the base URLs worth trying.
// Accepts "school.edu", "https://school.edu/moodle/", or any page of the site pasted from
// a browser (".../login/index.php", ".../my/", ".../course/view.php?id=2").
class SiteAddress
{
public:
    static SiteAddress parse(const QString &input);

    bool isValid() const { return !m_candidates.isEmpty(); }
    // Base URLs to try in order: https first unless the person wrote http:// explicitly.
    QList<QUrl> candidates() const { return m_candidates; }
    QString input() const { return m_input; }

    // A base URL without trailing slash, query or fragment; the site's path kept ("/moodle").
    static QUrl baseOf(const QUrl &pageOrBase);

private:
    QString m_input;
    QList<QUrl> m_candidates;
};
