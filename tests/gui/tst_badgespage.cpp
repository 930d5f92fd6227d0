// The Badges page, read from a real synced database of student1 (her two recorded badges): newest issued first, each
// with its issuer, course, dates and description as plain text, the downloaded image as pixels (a placeholder
// without one), and what the page says when the badges are not synced, not shared or none.
#include "DarkPalette.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "badges/BadgesPage.h"
#include "store/Database.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestBadgesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncedDatabase> m_data;

    static QString text(QWidget *card, const char *name)
    {
        const auto *label = card->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<none>");
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_data->connection());
        return query.exec(sql);
    }
    static QByteArray png(const QColor &colour)
    {
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
    static void shot(QWidget *page, const QString &name)
    {
        page->resize(720, 420);
        const QString path = testOutputDir() + QStringLiteral("/badgespage-%1.png").arg(name);
        QVERIFY2(page->grab().save(path), qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_data = std::make_unique<SyncedDatabase>();
        QString error;
        QVERIFY2(m_data->create(&error), qPrintable(error));
    }

    void cleanup()
    {
        // What a test changed goes back to the synced state (the shared database).
        QVERIFY(exec(QStringLiteral("UPDATE own_sharing SET shared = 1, reason = NULL WHERE kind = 'badges'")));
    }

    // Her two badges as synced: newest issued first (the same moment: by name), the course badge with its course.
    void herBadges()
    {
        BadgesPage page(m_data->connection(), &m_data->clock());
        QVERIFY2(page.storageError().isEmpty(), qPrintable(page.storageError()));
        QCOMPARE(page.message(), QString());
        const QList<QWidget *> cards = page.cards();
        QCOMPARE(cards.size(), 2);
        QCOMPARE(text(cards.at(0), "name"), QStringLiteral("Vector master"));
        QCOMPARE(text(cards.at(0), "issuer"), QStringLiteral("Elena Márquez · MATH201"));
        QCOMPARE(text(cards.at(0), "dates"), QStringLiteral("Issued 06/12/2026 · Expires 06/12/2027"));
        QCOMPARE(text(cards.at(0), "description"), QStringLiteral("Scored 90+ on Problem Set 1 in Linear Algebra."));
        QCOMPARE(text(cards.at(1), "name"), QStringLiteral("Welcome aboard"));
        QCOMPARE(text(cards.at(1), "issuer"), QStringLiteral("Northfield College"));
        QCOMPARE(text(cards.at(1), "dates"), QStringLiteral("Issued 06/12/2026"));
        for (QWidget *card : cards) {
            for (const QLabel *label : card->findChildren<QLabel *>()) {
                if (label->objectName() != QLatin1String("image"))  // pixels only
                    QCOMPARE(label->textFormat(), Qt::PlainText);  // the site's texts never as markup
            }
        }
    }

    // A downloaded picture is shown as pixels; without one, a placeholder; markup in a name stays text.
    void imagesAndInertText()
    {
        QVERIFY(exec(QStringLiteral("UPDATE badges SET image = x'%1' WHERE id = 1")
                         .arg(QString::fromLatin1(png(QColor(0xd0, 0x80, 0x20)).toHex()))));
        QVERIFY(exec(QStringLiteral("UPDATE badges SET name = '<img src=\"https://evil.example/x.png\"><b>Bold</b>'"
                                    " WHERE id = 2")));
        BadgesPage page(m_data->connection(), &m_data->clock());
        const QList<QWidget *> cards = page.cards();
        QCOMPARE(cards.size(), 2);
        const auto image = [](QWidget *card) { return card->findChild<QLabel *>(QStringLiteral("image")); };
        QVERIFY(image(cards.at(1))->property("downloaded").toBool());
        QCOMPARE(image(cards.at(1))->pixmap().toImage().pixelColor(32, 32), QColor(0xd0, 0x80, 0x20));
        QVERIFY(!image(cards.at(0))->property("downloaded").toBool());
        QVERIFY(!image(cards.at(0))->pixmap().isNull());
        QCOMPARE(text(cards.at(0), "name"), QStringLiteral("<img src=\"https://evil.example/x.png\"><b>Bold</b>"));
        {
            ScopedPalette dark(darkPalette());
            shot(&page, QStringLiteral("dark"));
        }
        shot(&page, QStringLiteral("light"));
        QVERIFY(exec(QStringLiteral("UPDATE badges SET name = 'Vector master', image = NULL WHERE id = 2")));
        QVERIFY(exec(QStringLiteral("UPDATE badges SET image = NULL WHERE id = 1")));
    }

    // Not shared, none, not synced: said, no card.
    void whatItSaysWithoutBadges()
    {
        QVERIFY(
            exec(QStringLiteral("UPDATE own_sharing SET shared = 0, reason = 'badgesdisabled' WHERE kind = 'badges'")));
        BadgesPage page(m_data->connection(), &m_data->clock());
        QCOMPARE(page.message(), QStringLiteral("The site does not share your badges with you."));
        QVERIFY(page.cards().isEmpty());

        QTemporaryDir dir;
        Database empty;
        QVERIFY(empty.open(dir.filePath(QStringLiteral("empty.sqlite"))));
        BadgesPage never(empty.connection(), &m_data->clock());
        QCOMPARE(never.message(), QStringLiteral("Your badges are not synced yet."));
        QVERIFY(never.cards().isEmpty());
        QSqlQuery query(empty.connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO own_sharing (course_id, kind, item_id, shared) VALUES (0, 'badges', 0, 1)")));
        never.reload();
        QCOMPARE(never.message(), QStringLiteral("No badges yet."));
    }
};

QTEST_MAIN(TestBadgesPage)
#include "tst_badgespage.moc"
