#include "moodle/ResponseParser.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kind = MoodleError::Kind;
using Endpoint = ResponseParser::Endpoint;

// Every error body recorded from the real Moodle 4.5 site, and the broken answers proxies
// and outages produce, must become a typed error with a sentence a student understands.
class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedErrors_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QString>("errorcode");
        QTest::addColumn<int>("kind");
        const auto row = [](const char *file, Endpoint endpoint, const char *code, Kind kind) {
            QTest::newRow(file) << QString::fromLatin1(file) << int(endpoint) << QString::fromLatin1(code) << int(kind);
        };
        row("student1/login_token__wrong-password.json", Endpoint::Token, "invalidlogin", Kind::InvalidLogin);
        row("suspended1/login_token__suspended-user.json", Endpoint::Token, "invalidlogin", Kind::InvalidLogin);
        row("student1/login_token__unknown-service.json", Endpoint::Token, "servicenotavailable",
            Kind::AppAccessDisabled);
        row("student1/login_token__mobile-service-disabled.json", Endpoint::Token, "servicenotavailable",
            Kind::AppAccessDisabled);
        row("student1/login_token__missing-password.json", Endpoint::Token, "missingparam", Kind::SiteRedirected);
        row("student1/core_webservice_get_site_info__invalid-token.json", Endpoint::Rest, "invalidtoken",
            Kind::TokenExpired);
        // The same body as not-in-service; MoodleClient turns it into AppAccessDisabled for site info
        // (tst_signinflow: mobileServiceDisabledAfterToken).
        row("student1/core_webservice_get_site_info__mobile-service-disabled.json", Endpoint::Rest, "accessexception",
            Kind::FunctionNotAvailable);
        row("student1/gradereport_user_get_grade_items__courseid-2-userid-5-other-user.json", Endpoint::Rest,
            "nopermissiontoviewgrades", Kind::PermissionDenied);
        row("student1/core_completion_get_activities_completion_status__courseid-2-userid-5-other-user.json",
            Endpoint::Rest, "nopermissions", Kind::PermissionDenied);
        row("student1/core_course_get_contents__missing-courseid.json", Endpoint::Rest, "invalidparameter",
            Kind::InvalidParameter);
        row("student1/core_user_create_users__not-in-service.json", Endpoint::Rest, "accessexception",
            Kind::FunctionNotAvailable);
        row("student1/local_nonexistent_function__not-existing.json", Endpoint::Rest, "invalidrecord", Kind::NotFound);
        row("student1/core_course_get_contents__courseid-6-not-enrolled.json", Endpoint::Rest,
            "errorcoursecontextnotvalid", Kind::NotEnrolled);
        row("student1/gradereport_user_get_grade_items__courseid-6-not-enrolled.json", Endpoint::Rest,
            "requireloginerror", Kind::NotEnrolled);
        row("student1/core_group_get_course_groups__courseid-2.json", Endpoint::Rest, "nopermissions",
            Kind::PermissionDenied);
        row("teacher1/gradereport_overview_get_course_grades__userid-4.json", Endpoint::Rest, "nopermissions",
            Kind::PermissionDenied);
        row("student1/core_completion_get_course_completion_status__courseid-5-userid-4.json", Endpoint::Rest,
            "nocriteriaset", Kind::NoCompletionCriteria);
        row("student1/download__webservice-pluginfile-bad-token.body.json", Endpoint::Token, "invalidtoken",
            Kind::TokenExpired);
        row("student1/download__webservice-pluginfile-not-enrolled.body.json", Endpoint::Token, "requireloginerror",
            Kind::NotEnrolled);
    }

    void recordedErrors()
    {
        QFETCH(QString, fixture);
        QFETCH(int, endpoint);
        QFETCH(QString, errorcode);
        QFETCH(int, kind);
        const MoodleResult result =
            ResponseParser::parse(Endpoint(endpoint), 200, "application/json; charset=utf-8", fixtureBytes(fixture));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->errorCode(), errorcode);
        QCOMPARE(MoodleError::kindName(result.error->kind()), MoodleError::kindName(Kind(kind)));
        const QString sentence = result.error->userMessage();
        QVERIFY(!sentence.isEmpty());
        // Never raw JSON or exception class names in what a person reads.
        QVERIFY2(!sentence.contains(QLatin1Char('{')) && !sentence.contains(QLatin1String("exception")),
                 qPrintable(sentence));
        QVERIFY(result.error->details().contains(errorcode));
    }

    // What server.php throws for a stored token once the account changed on the site (webservice_server's
    // authenticate_user: password change forced, profile incomplete, site policy, suspended or deleted user).
    // Not recorded (the recorded accounts are all in order): the REST error shape, as
    // core_webservice_get_site_info__invalid-token.json, with those error codes and Moodle's English messages.
    void accountErrorsOfAStoredToken_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorcode");
        QTest::addColumn<int>("kind");
        const auto row = [](const char *name, const char *code, const char *message, Kind kind) {
            const QJsonObject error{{QStringLiteral("exception"), QStringLiteral("moodle_exception")},
                                    {QStringLiteral("errorcode"), QString::fromLatin1(code)},
                                    {QStringLiteral("message"), QString::fromLatin1(message)}};
            QTest::newRow(name) << QJsonDocument(error).toJson(QJsonDocument::Compact) << QString::fromLatin1(code)
                                << int(kind);
        };
        row("password change forced", "forcepasswordchangenotice", "You must change your password to proceed.",
            Kind::PasswordChangeRequired);
        row("profile not complete", "usernotfullysetup", "User not fully set-up", Kind::AccountNotAllowed);
        // Moodle's message holds a link: it must not reach the sentence.
        row("site policy not agreed", "sitepolicynotagreed",
            "Please <a href=\"http://127.0.0.1:8145/user/policy.php\">agree to the site policy</a>.",
            Kind::AccountNotAllowed);
        row("suspended", "wsaccessusersuspended", "Refused web service access for suspended username: student1",
            Kind::AccountNotAllowed);
        row("deleted", "wsaccessuserdeleted", "Refused web service access for deleted username: student1",
            Kind::AccountNotAllowed);
    }

    void accountErrorsOfAStoredToken()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorcode);
        QFETCH(int, kind);
        const MoodleResult result = ResponseParser::parse(Endpoint::Rest, 200, "application/json; charset=utf-8", body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->errorCode(), errorcode);
        QCOMPARE(MoodleError::kindName(result.error->kind()), MoodleError::kindName(Kind(kind)));
        // Only the website can fix these: the app stops and asks to sign in again (satchelctl: exit 3), and an
        // outbox keeps its actions meanwhile.
        QVERIFY(result.error->needsSignIn());
        QVERIFY(result.error->isTransient());
        const QString sentence = result.error->userMessage();
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(!sentence.contains(QLatin1Char('{')) && !sentence.contains(QLatin1Char('<'))
                     && !sentence.contains(QLatin1String("exception")),
                 qPrintable(sentence));
        QVERIFY(!sentence.contains(result.error->serverMessage()));
    }

    void invalidTokenNeedsSignIn()
    {
        const MoodleResult result = ResponseParser::parse(
            Endpoint::Rest, 200, "application/json",
            fixtureBytes(QStringLiteral("student1/core_webservice_get_site_info__invalid-token.json")));
        QVERIFY(result.error->needsSignIn());
        QVERIFY(result.error->isTransient());  // an outbox keeps its actions through a re-sign-in
        QCOMPARE(result.error->serverMessage(), QStringLiteral("Invalid token - token not found"));
    }

    void expiredTokenAsAccessException()
    {
        const QByteArray body = "{\"exception\":\"webservice_access_exception\",\"errorcode\":\"accessexception\","
                                "\"message\":\"Access control exception (Invalid token - token expired)\"}";
        const MoodleResult result = ResponseParser::parse(Endpoint::Rest, 200, "application/json", body);
        QCOMPARE(result.error->kind(), Kind::TokenExpired);
    }

    void tokenSuccess()
    {
        const MoodleResult result = ResponseParser::parse(
            Endpoint::Token, 200, "application/json", fixtureBytes(QStringLiteral("student1/login_token__ok.json")));
        QVERIFY(result.ok());
        QCOMPARE(result.data.toObject().value(QLatin1String("token")).toString().size(), 32);
    }

    void tokenWithoutTokenIsInvalid()
    {
        const MoodleResult result = ResponseParser::parse(Endpoint::Token, 200, "application/json", "{\"foo\":1}");
        QCOMPARE(result.error->kind(), Kind::InvalidResponse);
    }

    void restData()
    {
        const MoodleResult result =
            ResponseParser::parse(Endpoint::Rest, 200, "application/json",
                                  fixtureBytes(QStringLiteral("student1/core_enrol_get_users_courses__userid-4.json")));
        QVERIFY(result.ok());
        QCOMPARE(result.data.toArray().size(), 4);
    }

    void ajaxPublicConfig()
    {
        const MoodleResult result = ResponseParser::parse(
            Endpoint::Ajax, 200, "application/json",
            fixtureBytes(QStringLiteral("anonymous/tool_mobile_get_public_config__ajax-nologin.json")));
        QVERIFY(result.ok());
        QCOMPARE(result.data.toObject().value(QLatin1String("sitename")).toString(),
                 QStringLiteral("Northfield College"));
    }

    void ajaxError()
    {
        const QByteArray body = "[{\"error\":true,\"exception\":{\"message\":\"Web service is not available.\","
                                "\"errorcode\":\"servicenotavailable\",\"link\":\"\",\"moreinfourl\":\"\"}}]";
        const MoodleResult result = ResponseParser::parse(Endpoint::Ajax, 200, "application/json", body);
        QCOMPARE(result.error->kind(), Kind::AppAccessDisabled);
        QCOMPARE(result.error->errorCode(), QStringLiteral("servicenotavailable"));
    }

    void brokenAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        const QByteArray html = "text/html; charset=utf-8";
        QTest::newRow("maintenance page 503")
            << 503 << html << QByteArray("<html><body><h1>Site under maintenance</h1></body></html>")
            << int(Kind::SiteMaintenance);
        QTest::newRow("plain 503 page") << 503 << html << QByteArray("<html>Service Unavailable</html>")
                                        << int(Kind::ServerUnavailable);
        QTest::newRow("500 empty") << 500 << QByteArray() << QByteArray() << int(Kind::ServerUnavailable);
        QTest::newRow("500 json no error")
            << 500 << QByteArray("application/json") << QByteArray("[]") << int(Kind::ServerUnavailable);
        QTest::newRow("404 page") << 404 << html << QByteArray("<html>Not found</html>") << int(Kind::HttpError);
        QTest::newRow("login page 200") << 200 << html << QByteArray("<!DOCTYPE html><html><form id=login>")
                                        << int(Kind::HtmlInsteadOfJson);
        QTest::newRow("html without type")
            << 200 << QByteArray() << QByteArray("  <html></html>") << int(Kind::HtmlInsteadOfJson);
        QTest::newRow("truncated json") << 200 << QByteArray("application/json")
                                        << QByteArray("[{\"id\":2,\"shortname\":\"CS1") << int(Kind::InvalidResponse);
        QTest::newRow("empty body") << 200 << QByteArray("application/json") << QByteArray()
                                    << int(Kind::InvalidResponse);
        QTest::newRow("garbage") << 200 << QByteArray("application/json") << QByteArray("\x01\x02\xff garbage")
                                 << int(Kind::InvalidResponse);
        QTest::newRow("error body with 401")
            << 401 << QByteArray("application/json")
            << QByteArray("{\"error\":\"Invalid login\",\"errorcode\":\"invalidlogin\"}") << int(Kind::InvalidLogin);
    }

    void brokenAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const MoodleResult result = ResponseParser::parse(Endpoint::Rest, status, contentType, body);
        QVERIFY(!result.ok());
        QCOMPARE(MoodleError::kindName(result.error->kind()), MoodleError::kindName(Kind(kind)));
        QVERIFY(!result.error->userMessage().contains(QLatin1Char('<')));
    }

    void scalarAnswers()
    {
        QVERIFY(ResponseParser::parse(Endpoint::Rest, 200, "application/json", "null").data.isNull());
        QCOMPARE(ResponseParser::parse(Endpoint::Rest, 200, "application/json", "true").data.toBool(), true);
    }

    void everyKindHasASentence()
    {
        for (int k = 0; k <= int(Kind::LocalStorageError); ++k) {
            const MoodleError error{Kind(k)};
            QVERIFY2(error.userMessage().endsWith(QLatin1Char('.')) || error.userMessage().endsWith(QLatin1Char(')')),
                     qPrintable(MoodleError::kindName(Kind(k)) + QLatin1String(": ") + error.userMessage()));
            QVERIFY(MoodleError::kindName(Kind(k)) != QLatin1String("Unknown"));
        }
    }

    void categories()
    {
        QVERIFY(MoodleError(Kind::ConnectionRefused).isOffline());
        QVERIFY(MoodleError(Kind::Timeout).isOffline());
        QVERIFY(MoodleError(Kind::HostNotFound).isOffline());
        QVERIFY(!MoodleError(Kind::TlsError).isOffline());
        QVERIFY(MoodleError(Kind::SiteMaintenance).isTransient());
        QVERIFY(!MoodleError(Kind::PermissionDenied).isTransient());
        QVERIFY(!MoodleError(Kind::InvalidParameter).isTransient());
        QVERIFY(MoodleError(Kind::TokenExpired).needsSignIn());
    }

    // The whole answer as MoodleClient hands it to its worker: a batch comes back as one result per call, in
    // order, one call's error not the others'; a batch request refused as a whole is one error.
    void wholeBatchAnswer()
    {
        const QByteArray body =
            "{\"responses\":[{\"error\":false,\"data\":\"{\\\"a\\\":1}\"},"
            "{\"error\":true,\"exception\":\"{\\\"exception\\\":\\\"required_capability_exception\\\","
            "\\\"errorcode\\\":\\\"nopermissions\\\",\\\"message\\\":\\\"No\\\"}\"},"
            "{\"error\":false,\"data\":\"[2,3]\"}]}";
        const ResponseParser::Answer answer =
            ResponseParser::parseAnswer(Endpoint::Rest, 200, "application/json", body, true);
        QVERIFY(answer.result.ok());
        QCOMPARE(answer.batchResults.size(), 3);
        QCOMPARE(answer.batchResults.at(0).data.toObject().value(QLatin1String("a")).toInt(), 1);
        QCOMPARE(answer.batchResults.at(1).error->kind(), Kind::PermissionDenied);
        QCOMPARE(answer.batchResults.at(2).data.toArray().size(), 2);

        const QByteArray refused = "{\"exception\":\"webservice_access_exception\",\"errorcode\":\"accessexception\","
                                   "\"message\":\"Access control exception\"}";
        const ResponseParser::Answer whole =
            ResponseParser::parseAnswer(Endpoint::Rest, 200, "application/json", refused, true);
        QVERIFY(whole.result.error);
        QVERIFY(whole.batchResults.isEmpty());

        // Not a batch: the data itself, as parse() gives it.
        const ResponseParser::Answer single =
            ResponseParser::parseAnswer(Endpoint::Rest, 200, "application/json", "{\"responses\":[]}", false);
        QCOMPARE(single.result.data.toObject().value(QLatin1String("responses")).toArray().size(), 0);
        QVERIFY(single.result.data.toObject().contains(QLatin1String("responses")));
        QVERIFY(single.batchResults.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
