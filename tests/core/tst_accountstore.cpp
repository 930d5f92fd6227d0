// AccountStore: several accounts in accounts.json (which one is the default, how they are named on the command
// line), the account.json of the one-account days read and migrated, and the file private and without a token.

#include "account/AccountStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAccountStore : public QObject
{
    Q_OBJECT

    static Account account(const QString &username, const QString &site, const QString &fullName = {})
    {
        Account a;
        a.siteUrl = QUrl(site);
        a.siteName = QStringLiteral("Site of ") + site;
        a.username = username;
        a.userId = 7;
        a.fullName = fullName.isEmpty() ? username : fullName;
        a.signedInAt = QDateTime::fromSecsSinceEpoch(1795313529, Qt::UTC);
        return a;
    }

    static QStringList ids(const QList<Account> &accounts)
    {
        QStringList list;
        for (const Account &a : accounts)
            list << a.id();
        return list;
    }

    QString path(const QString &name) const { return m_dir->path() + QLatin1Char('/') + name; }

    const Account m_uni = account(QStringLiteral("student1"), QStringLiteral("https://moodle.uni.example/lms"),
                                  QStringLiteral("Liam O'Brien"));
    const Account m_school = account(QStringLiteral("liam"), QStringLiteral("https://school.example"));
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    // Nothing on file: no account, no default; removing is no error.
    void emptyDataFolder()
    {
        AccountStore store(m_dir->path());
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(!store.load());
        QVERIFY(store.defaultId().isEmpty());
        QVERIFY(store.remove());
        QVERIFY(store.remove(m_uni.id()));
        QVERIFY(!store.setDefault(m_uni.id()));
    }

    // Signing in to a second site keeps the first; the last one saved is the default, and stays so across stores.
    void saveAddsAndMakesDefault()
    {
        AccountStore store(m_dir->path());
        QVERIFY(store.save(m_uni));
        QVERIFY(store.save(m_school));
        QCOMPARE(ids(AccountStore(m_dir->path()).accounts()), (QStringList{m_uni.id(), m_school.id()}));
        QCOMPARE(AccountStore(m_dir->path()).load()->id(), m_school.id());
        QCOMPARE(AccountStore(m_dir->path()).load()->siteName, m_school.siteName);
    }

    // Saving an account already there updates it in place (same id) and makes it the default.
    void saveUpdatesSameAccount()
    {
        AccountStore store(m_dir->path());
        QVERIFY(store.save(m_uni));
        QVERIFY(store.save(m_school));
        Account renamed = m_uni;
        renamed.fullName = QStringLiteral("Liam Ó Briain");
        QVERIFY(store.save(renamed));
        const QList<Account> all = store.accounts();
        QCOMPARE(ids(all), (QStringList{m_uni.id(), m_school.id()}));
        QCOMPARE(all.first().fullName, QStringLiteral("Liam Ó Briain"));
        QCOMPARE(store.defaultId(), m_uni.id());
    }

    void setDefault()
    {
        AccountStore store(m_dir->path());
        QVERIFY(store.save(m_uni));
        QVERIFY(store.save(m_school));
        QVERIFY(store.setDefault(m_uni.id()));
        QCOMPARE(AccountStore(m_dir->path()).load()->id(), m_uni.id());
        QString error;
        QVERIFY(!store.setDefault(QStringLiteral("nobody@nowhere"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.load()->id(), m_uni.id());
    }

    // remove() removes the default only; another account takes its place. remove(id) removes that one only.
    void removeKeepsTheOthers()
    {
        const Account third = account(QStringLiteral("teacher1"), QStringLiteral("https://moodle.uni.example/lms"));
        AccountStore store(m_dir->path());
        QVERIFY(store.save(m_uni));
        QVERIFY(store.save(m_school));
        QVERIFY(store.save(third));
        QVERIFY(store.setDefault(m_school.id()));

        // The default goes: the one after it in the list is the default now.
        QVERIFY(store.remove());
        QCOMPARE(ids(store.accounts()), (QStringList{m_uni.id(), third.id()}));
        QCOMPARE(store.load()->id(), third.id());

        // Another one goes: the default stays.
        QVERIFY(store.remove(m_uni.id()));
        QCOMPARE(ids(store.accounts()), QStringList{third.id()});
        QCOMPARE(AccountStore(m_dir->path()).load()->id(), third.id());

        QVERIFY(store.remove());
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(!store.load());
        QVERIFY(!QFile::exists(path(QStringLiteral("accounts.json"))));
    }

    // Named on the command line by the id or by user@host, the host (and the rest of the id) in any case.
    void findByIdOrUserAtHost_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");  // the id found; empty: none
        QTest::newRow("id") << QStringLiteral("student1@moodle.uni.example/lms")
                            << QStringLiteral("student1@moodle.uni.example/lms");
        QTest::newRow("id, trailing slash")
            << QStringLiteral("student1@moodle.uni.example/lms/") << QStringLiteral("student1@moodle.uni.example/lms");
        QTest::newRow("id, host in capitals")
            << QStringLiteral("student1@MOODLE.Uni.example/lms") << QStringLiteral("student1@moodle.uni.example/lms");
        QTest::newRow("user@host") << QStringLiteral("student1@moodle.uni.example")
                                   << QStringLiteral("student1@moodle.uni.example/lms");
        QTest::newRow("user@host, no path")
            << QStringLiteral("liam@School.Example") << QStringLiteral("liam@school.example");
        QTest::newRow("other user") << QStringLiteral("teacher1@moodle.uni.example") << QString();
        QTest::newRow("username in other case") << QStringLiteral("Student1@moodle.uni.example") << QString();
        QTest::newRow("other host") << QStringLiteral("student1@school.example") << QString();
        QTest::newRow("no host") << QStringLiteral("student1") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void findByIdOrUserAtHost()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        AccountStore store(m_dir->path());
        QVERIFY(store.save(m_uni));
        QVERIFY(store.save(m_school));
        QString reason;
        const std::optional<Account> found = store.find(name, &reason);
        QCOMPARE(found ? found->id() : QString(), expected);
        QCOMPARE(reason.isEmpty(), !expected.isEmpty());
        if (!found)
            QVERIFY2(reason.contains(name), qPrintable(reason));
    }

    // The same user on two sites of one host (two ports, or two paths): user@host names neither; the ids do.
    void ambiguousUserAtHost()
    {
        const Account first = account(QStringLiteral("student1"), QStringLiteral("http://127.0.0.1:8001"));
        const Account second = account(QStringLiteral("student1"), QStringLiteral("http://127.0.0.1:8002"));
        const Account third = account(QStringLiteral("student1"), QStringLiteral("http://127.0.0.1:8002/moodle"));
        AccountStore store(m_dir->path());
        QVERIFY(store.save(first));
        QVERIFY(store.save(second));
        QVERIFY(store.save(third));

        QString reason;
        QVERIFY(!store.find(QStringLiteral("student1@127.0.0.1"), &reason));
        QVERIFY2(reason.contains(first.id()) && reason.contains(second.id()) && reason.contains(third.id()),
                 qPrintable(reason));
        // host:port narrows it to one site of that port only when no other path shares it.
        QCOMPARE(store.find(QStringLiteral("student1@127.0.0.1:8001"))->id(), first.id());
        QVERIFY(!store.find(QStringLiteral("student1@127.0.0.1:8002/moo")));
        // The whole id always names one, even where user@host:port would match two.
        QCOMPARE(store.find(second.id())->id(), second.id());
        QCOMPARE(store.find(third.id())->id(), third.id());
    }

    // The account.json of a one-account version is read as a list of one, the default; the next write replaces
    // it by accounts.json with both accounts, and it is not read again.
    void migratesAccountJson()
    {
        QFile legacy(path(QStringLiteral("account.json")));
        QVERIFY(legacy.open(QIODevice::WriteOnly));
        legacy.write(QJsonDocument(m_uni.toJson()).toJson());
        legacy.close();

        AccountStore store(m_dir->path());
        QCOMPARE(ids(store.accounts()), QStringList{m_uni.id()});
        QCOMPARE(store.load()->fullName, QStringLiteral("Liam O'Brien"));
        QCOMPARE(store.find(QStringLiteral("student1@moodle.uni.example"))->id(), m_uni.id());

        QVERIFY(store.save(m_school));
        QVERIFY(QFile::exists(path(QStringLiteral("accounts.json"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("account.json"))));
        QCOMPARE(ids(AccountStore(m_dir->path()).accounts()), (QStringList{m_uni.id(), m_school.id()}));
        QCOMPARE(AccountStore(m_dir->path()).load()->id(), m_school.id());
    }

    // Removing the only account of an account.json leaves nobody, also after a restart.
    void removeLegacyAccount()
    {
        QFile legacy(path(QStringLiteral("account.json")));
        QVERIFY(legacy.open(QIODevice::WriteOnly));
        legacy.write(QJsonDocument(m_uni.toJson()).toJson());
        legacy.close();
        QVERIFY(AccountStore(m_dir->path()).remove());
        QVERIFY(!AccountStore(m_dir->path()).load());
        QVERIFY(!QFile::exists(path(QStringLiteral("account.json"))));
    }

    // The file is readable by its owner only, names the default, and holds no token (there is none to hold, and
    // nothing but the accounts' public fields).
    void filePrivateWithoutToken()
    {
        AccountStore store(m_dir->path());
        QVERIFY(store.save(m_uni));
        QVERIFY(store.save(m_school));
        const QString file = path(QStringLiteral("accounts.json"));
        const QFileDevice::Permissions perms = QFile::permissions(file);
        QCOMPARE(
            perms
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QVERIFY(perms & QFileDevice::ReadOwner);

        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(read.readAll()).object();
        QCOMPARE(document.value(QLatin1String("default")).toString(), m_school.id());
        const QString text = QString::fromUtf8(QJsonDocument(document).toJson());
        QVERIFY(!text.contains(QLatin1String("token"), Qt::CaseInsensitive));
        const QJsonArray accounts = document.value(QLatin1String("accounts")).toArray();
        QCOMPARE(accounts.size(), 2);
        // Each account holds its public fields and nothing else.
        for (const QJsonValue &stored : accounts)
            QCOMPARE(stored.toObject().keys(), m_uni.toJson().keys());
    }

    // A default naming no account (a file edited by hand): the first account is the default.
    void unknownDefaultFallsBackToFirst()
    {
        AccountStore store(m_dir->path());
        QVERIFY(store.save(m_uni));
        QVERIFY(store.save(m_school));
        QFile file(path(QStringLiteral("accounts.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        document.insert(QStringLiteral("default"), QStringLiteral("gone@nowhere"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(document).toJson());
        file.close();
        QCOMPARE(store.load()->id(), m_uni.id());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
