// The one sanitiser every view and satchelctl use for server HTML: what can run or load goes, text stays.

#include "text/HtmlSanitizer.h"

#include <QTest>

using HtmlSanitizer::Links;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void dropsWhatCouldRunOrLoad_data()
    {
        QTest::addColumn<int>("links");
        QTest::newRow("links dropped") << int(Links::Drop);
        QTest::newRow("links kept") << int(Links::Keep);
    }

    void dropsWhatCouldRunOrLoad()
    {
        QFETCH(int, links);
        const QString hostile =
            QStringLiteral("<p onclick=\"x()\" style=\"color:red;background:url(http://evil.example/x.png)\">Read "
                           "<b>this</b> &amp; that"
                           "<script>alert('x')</script><img src=\"https://tracker.example/pixel.png\" alt=\"map of "
                           "&quot;Europe&quot;\">"
                           "<iframe src=\"https://evil.example\">inside <b>frame</b></iframe>"
                           "<a href=\"javascript:alert(1)\">a link</a><STYLE>p { color: red }</STYLE>"
                           "<object data=\"x.swf\"><embed src=\"x.swf\"></object><img src=\"file:///etc/passwd\">"
                           "<a href=\"data:text/html,hi\">data</a><a href=\"file:///etc/passwd\">file</a>"
                           "<!-- <script>hidden</script> --> 1 < 2 <h1>Heading</h1></p><svg><script>x</script></svg>"
                           "<font color=\"black\">dark</font><link rel=\"stylesheet\" href=\"http://x\"><img src=\"x\" "
                           "onerror=\"alert(1)\"");
        const QString safe = HtmlSanitizer::sanitize(hostile, Links(links));
        for (const char *gone : {"script", "<img",   "iframe",     "src",     "style",  "onclick", "object", "embed",
                                 "svg",    "inside", "alert",      "tracker", "passwd", "evil",    "hidden", "<h1",
                                 "font",   "<link",  "javascript", "data:",   "file:",  "<a"})
            QVERIFY2(!safe.contains(QLatin1String(gone), Qt::CaseInsensitive),
                     qPrintable(gone + (QStringLiteral(": ") + safe)));
        for (const char *kept : {"<p>Read <b>this</b> &amp; that", "<i>[Image: map of &quot;Europe&quot;]</i>",
                                 "a link", "data", "file", "1 &lt; 2", "<p><b>Heading</b></p>", "dark"})
            QVERIFY2(safe.contains(QLatin1String(kept)), qPrintable(kept + (QStringLiteral(": ") + safe)));
    }

    void keepsOnlyLinksABrowserOpens()
    {
        const QString html =
            QStringLiteral("<a href=\"https://moodle.example/mod/assign?id=1&amp;x=2\" onclick=\"y()\">rubric</a>"
                           " <a href=\"mailto:teacher@example.org\">mail</a> <a href=\" JAVASCRIPT:alert(1)\">no</a>"
                           " <a href='http://x.example/\"onmouseover=\"z()'>quote</a>");
        const QString kept = HtmlSanitizer::sanitize(html, Links::Keep);
        QVERIFY2(kept.contains(QLatin1String("<a href=\"https://moodle.example/mod/assign?id=1&amp;x=2\">rubric</a>")),
                 qPrintable(kept));
        QVERIFY2(kept.contains(QLatin1String("<a href=\"mailto:teacher@example.org\">mail</a>")), qPrintable(kept));
        QVERIFY2(!kept.contains(QLatin1String("onclick"))
                     && !kept.contains(QLatin1String("javascript"), Qt::CaseInsensitive),
                 qPrintable(kept));
        QVERIFY2(!kept.contains(QLatin1String("\"onmouseover")), qPrintable(kept));  // a quote cannot end the attribute
        QVERIFY(kept.contains(QLatin1String(">no<")) || kept.contains(QLatin1String(" no ")));
        const QString dropped = HtmlSanitizer::sanitize(html, Links::Drop);
        QVERIFY2(!dropped.contains(QLatin1String("<a")) && dropped.contains(QLatin1String("rubric")),
                 qPrintable(dropped));
    }

    void tablesKeepTheirSpansOnly()
    {
        const QString safe =
            HtmlSanitizer::sanitize(QStringLiteral("<table border=1><tr><td colspan=\"2\" style=\"x\" "
                                                   "rowspan=99999>a</td><th rowspan='3'>b</th></tr></table>"));
        QCOMPARE(safe, QStringLiteral("<table><tr><td colspan=\"2\">a</td><th rowspan=\"3\">b</th></tr></table>"));
    }

    void emptyStaysEmpty()
    {
        QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("  ")), QString());
        QCOMPARE(HtmlSanitizer::sanitize(QString()), QString());
    }

    // Text that would make a backtracking scanner crawl: many unclosed tags, comments and quotes. One pass.
    void hostileShapesFinish()
    {
        const QString unclosed = QStringLiteral("<a").repeated(200000);
        QVERIFY(!HtmlSanitizer::sanitize(unclosed).contains(QLatin1Char('<')));
        const QString comments = QStringLiteral("<!--").repeated(100000);
        QCOMPARE(HtmlSanitizer::sanitize(comments), QString());
        const QString scripts = QStringLiteral("<script>").repeated(100000);
        QCOMPARE(HtmlSanitizer::sanitize(scripts), QString());
        const QString quotes = QStringLiteral("<p title=\"").repeated(100000) + QStringLiteral("text");
        QVERIFY(!HtmlSanitizer::sanitize(quotes).contains(QLatin1String("title")));
        const QString nested = QStringLiteral("<iframe>").repeated(100000) + QStringLiteral("x");
        QCOMPARE(HtmlSanitizer::sanitize(nested), QString());
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
