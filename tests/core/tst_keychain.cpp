#include "commands/KeychainWait.h"
#include "secrets/KeychainSecretStore.h"

#include <QPointer>
#include <QTest>

// The real OS keychain (Secret Service on Linux). Run under tests/with-keyring.sh; labelled
// "keychain" so the ordinary suite, which has no session bus, leaves it out.
class TestKeychain : public QObject
{
    Q_OBJECT

    const QString m_key = QStringLiteral("token:student1@school.example");

    // The answer of one call, waited for in the test's event loop (the store never waits itself).
    struct Answer
    {
        bool answered = false;
        bool answeredInsideTheCall = false;
        std::optional<QString> secret;
        QString error;
    };

    // Each helper asks with a context of its own: an answer coming after the helper gave up is dropped.
    Answer read(KeychainSecretStore &store, const QString &key)
    {
        Answer answer;
        QObject context;
        store.readAsync(key, &context, [&answer](const std::optional<QString> &secret, const QString &error) {
            answer = Answer{true, false, secret, error};
        });
        answer.answeredInsideTheCall = answer.answered;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.answered, 20000); }();
        return answer;
    }

    // `call(context, callback)` starts a write or a remove.
    template <typename Call>
    Answer done(Call call)
    {
        Answer answer;
        QObject context;
        call(&context, [&answer](const QString &error) { answer = Answer{true, false, std::nullopt, error}; });
        answer.answeredInsideTheCall = answer.answered;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.answered, 20000); }();
        return answer;
    }

private Q_SLOTS:
    void cleanup()
    {
        KeychainSecretStore store(QStringLiteral("SatchelTest"));
        done([&](QObject *context, auto callback) { store.removeAsync(m_key, context, callback); });
    }

    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("SatchelTest"));
        const auto write = [&](const QString &secret) {
            return done([&](QObject *context, auto callback) { store.writeAsync(m_key, secret, context, callback); });
        };
        Answer answer = write(QStringLiteral("0123456789abcdef"));
        QVERIFY(answer.answered);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        // Each call returns before the keychain answers: no event loop runs inside it.
        QVERIFY(!answer.answeredInsideTheCall);

        answer = read(store, m_key);
        QVERIFY(!answer.answeredInsideTheCall);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.secret.value_or(QString()), QStringLiteral("0123456789abcdef"));

        QVERIFY(write(QStringLiteral("replaced")).error.isEmpty());
        QCOMPARE(read(store, m_key).secret.value_or(QString()), QStringLiteral("replaced"));

        answer = done([&](QObject *context, auto callback) { store.removeAsync(m_key, context, callback); });
        QVERIFY(!answer.answeredInsideTheCall);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        answer = read(store, m_key);
        QVERIFY(answer.answered);
        QVERIFY(!answer.secret);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));  // missing is not a failure
        answer = done([&](QObject *context, auto callback) { store.removeAsync(m_key, context, callback); });
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));  // removing twice is fine
    }

    // The window that asked is gone when the keychain answers: the answer is dropped, the job still ends
    // (and deletes itself: ASan would report it otherwise).
    void answerToAGoneContextIsDropped()
    {
        KeychainSecretStore store(QStringLiteral("SatchelTest"));
        auto *asker = new QObject;
        bool answered = false;
        store.writeAsync(m_key, QStringLiteral("written-for-a-closed-window"), asker,
                         [&answered](const QString &) { answered = true; });
        delete asker;
        // The write itself still happened: a later read, answered after the dropped one, finds it.
        const Answer later = read(store, m_key);
        QVERIFY(later.answered);
        QCOMPARE(later.secret.value_or(QString()), QStringLiteral("written-for-a-closed-window"));
        QVERIFY(!answered);
    }

    // satchelctl's way: it waits (a command has nothing else to do), in a local event loop.
    void commandLineWaits()
    {
        KeychainSecretStore store(QStringLiteral("SatchelTest"));
        QVERIFY(done([&](QObject *context, auto callback) {
                    store.writeAsync(m_key, QStringLiteral("for-satchelctl"), context, callback);
                }).error.isEmpty());
        QString error;
        QCOMPARE(KeychainWait::read(store, m_key, &error).value_or(QString()), QStringLiteral("for-satchelctl"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(KeychainWait::remove(store, m_key, &error), qPrintable(error));
        QVERIFY(!KeychainWait::read(store, m_key, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
