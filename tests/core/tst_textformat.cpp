#include "text/TextFormat.h"

#include <QTest>

class TestTextFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A forum message or a page read as text (satchelctl forum, page): a line per paragraph, row or item, cells
    // apart, nothing of the markup left.
    void paragraphsAreLinesOfText()
    {
        QCOMPARE(TextFormat::paragraphs(QStringLiteral(
                     "<p>Weekly labs &amp; a <b>quiz</b>.</p><table><tr><th>Week</th><th>Topic</th></tr>"
                     "<tr><td>1</td><td>Variables</td></tr></table><ul><li>one</li><li>two</li></ul>a<br>b"
                     "<script>alert(1)</script><p>   </p>")),
                 QStringLiteral("Weekly labs & a quiz.\nWeek Topic\n1 Variables\none\ntwo\na\nb"));
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("ampersand") << "History &amp; Society: 1900–Present"
                                   << "History & Society: 1900–Present";
        QTest::newRow("q&a") << "Q&amp;A forum"
                             << "Q&A forum";
        QTest::newRow("numeric") << "L&#039;ami &#x2019;s"
                                 << "L'ami ’s";
        QTest::newRow("pass icon")
            << R"(<i class="icon fa fa-check text-success fa-fw " title="Pass" role="img" aria-label="Pass"></i>8.75 (87.50 %))"
            << "8.75 (87.50 %)";
        QTest::newRow("unknown entity kept") << "a &bogus; b"
                                             << "a &bogus; b";
        QTest::newRow("lone ampersand") << "Tom & Jerry"
                                        << "Tom & Jerry";
        QTest::newRow("paragraphs") << "<p>One</p><p>Two<br>Three</p>"
                                    << "One Two Three";
        QTest::newRow("escaped tag stays text") << "&lt;b&gt;bold&lt;/b&gt;"
                                                << "<b>bold</b>";
        QTest::newRow("invalid code point") << "x&#xD800;y"
                                            << "x&#xD800;y";
        QTest::newRow("emoji") << "Dentist &#129463;"
                               << "Dentist 🦷";
    }

    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(TextFormat::plainText(html), text);
    }
};

QTEST_GUILESS_MAIN(TestTextFormat)
#include "tst_textformat.moc"
