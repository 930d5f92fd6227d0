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
        // What the regular expressions alone made of these, before plainText() had its quicker paths for plain and
        // simple HTML: the quicker paths must say the same.
        QTest::newRow("paragraph") << "<p>Outcome 4.</p>"
                                   << "Outcome 4.";
        QTest::newRow("breaks") << "a<br>b<BR/>c< br >d</P>e</div >f</li>g</h3>h</pre>i</p2>j"
                                << "a b c d e f g hij";
        QTest::newRow("attributes") << R"(<p class="x">Lösung</p><img src="a.png" alt="">Ende)"
                                    << "Lösung Ende";
        QTest::newRow("spaces") << "  <p>\tone \n\n two\v\f three </p>  "
                                << "one two three";
        QTest::newRow("entities") << "caf&eacute; &amp; th&#233; &lt;b&gt; &bogus; &#x41;"
                                  << "café & thé <b> &bogus; A";
        QTest::newRow("no-break space") << "<p>a&nbsp;b\u00A0c</p>"
                                        << "a\u00A0b\u00A0c";
        QTest::newRow("other spaces kept inside") << "<p>a\u3000b\u2028c\u0085d</p>"
                                                  << "a\u3000b\u2028c\u0085d";
        QTest::newRow("other spaces around") << "&nbsp;<p>x</p>\u3000"
                                             << "x";
        QTest::newRow("tag in a tag") << "<a <br> b>x</a>"
                                      << "x";
        QTest::newRow("unclosed") << "<p>1 < 2 and 3 <= 4"
                                  << "1 < 2 and 3 <= 4";
        QTest::newRow("closed late") << "x > y <p>z"
                                     << "x > y z";
        QTest::newRow("space before name") << "a<\u00A0br>b<\nbr>c"
                                           << "ab c";
        QTest::newRow("letters after name") << "a</li_x>b</lié>c</div2>d</h7>e"
                                            << "ab cde";
        QTest::newRow("scripts") << "<p>王小明同学</p><p>المدرسة</p>"
                                 << "王小明同学 المدرسة";
        QTest::newRow("only tags") << "<p></p><br>"
                                   << "";
        // Plain already, or nearly.
        QTest::newRow("plain") << "Écritures françaises 😀"
                               << "Écritures françaises 😀";
        QTest::newRow("no-break space inside") << "a\u00A0b"
                                               << "a\u00A0b";
        QTest::newRow("no-break space at the end") << "x\u00A0"
                                                   << "x";
        QTest::newRow("ideographic space first") << "\u3000x"
                                                 << "x";
        QTest::newRow("next line inside") << "a\u0085b"
                                          << "a\u0085b";
        QTest::newRow("two spaces") << "two  spaces"
                                    << "two spaces";
        QTest::newRow("leading space") << " lead"
                                       << "lead";
        QTest::newRow("tab") << "tab\there"
                             << "tab here";
    }

    // A text isPlain() lets through is one plainText() leaves as it is (it may turn away some of those: "1 < 2").
    void isPlainOnlyWhenPlainTextChangesNothing_data() { plainText_data(); }
    void isPlainOnlyWhenPlainTextChangesNothing()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        if (TextFormat::isPlain(html))
            QCOMPARE(text, html);
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
