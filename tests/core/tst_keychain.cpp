#include "secrets/KeychainSecretStore.h"

#include <QTest>

// The real OS keychain (Secret Service on Linux). Run under tests/with-keyring.sh; labelled
// "keychain" so the ordinary suite, which has no session bus, leaves it out.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("SatchelTest"));
        const QString key = QStringLiteral("token:student1@school.example");
        QString error;
        QVERIFY2(store.write(key, QStringLiteral("0123456789abcdef"), &error), qPrintable(error));
        QCOMPARE(store.read(key, &error).value_or(QString()), QStringLiteral("0123456789abcdef"));
        QVERIFY2(store.write(key, QStringLiteral("replaced"), &error), qPrintable(error));
        QCOMPARE(store.read(key, &error).value_or(QString()), QStringLiteral("replaced"));
        QVERIFY2(store.remove(key, &error), qPrintable(error));
        error.clear();
        QVERIFY(!store.read(key, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));  // missing is not a failure
        QVERIFY(store.remove(key, &error));  // removing twice is fine
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
