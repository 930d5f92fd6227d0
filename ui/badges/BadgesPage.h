#pragma once

#include "account/DataChange.h"
#include "store/StoreConnection.h"

#include <QList>
#include <QWidget>

class Clock;
class QLabel;
class QVBoxLayout;

// Badges: every badge the user earned (newest issued first), each with its image, name, issuer (and course, for a
// course badge), when it was issued and when it expires, and its description. Everything is read from the offline
// data; the image is the one the sync downloaded (BadgeImages), decoded into pixels (a placeholder when there is
// none), and every text is shown as plain text: nothing the site wrote can run, load or link.
class BadgesPage : public QWidget
{
    Q_OBJECT

public:
    BadgesPage(StoreConnection connection, const Clock *clock, QWidget *parent = nullptr);

    void reload();
    // Badges change only with a sync.
    void applyChange(const DataChange &change);
    // Why the last read could not read the offline data; empty when it could.
    QString storageError() const { return m_storageError; }

    // What the page shows instead of badges ("not synced yet", "not shared", "none"); empty when it shows badges.
    QString message() const;
    // One card per badge, in the order shown.
    QList<QWidget *> cards() const { return m_cards; }

Q_SIGNALS:
    // A read could not read the offline data (the page keeps what it showed).
    void storageFailed(const QString &detail);

private:
    StoreConnection m_connection;
    const Clock *m_clock;
    QLabel *m_message;
    QVBoxLayout *m_list;
    QList<QWidget *> m_cards;
    QString m_storageError;
};
