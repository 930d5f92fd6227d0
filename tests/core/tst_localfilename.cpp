// Names of downloaded files and folders made from what the Moodle server sends: every name must be writable on
// Windows, macOS and Linux, fit the 255-byte name limit without breaking a character, never climb out of its
// folder, and not collide with a sibling on a case-insensitive file system.
#include "files/LocalFileName.h"

#include <QSet>
#include <QStringDecoder>
#include <QTest>

namespace {

int utf8Size(const QString &text)
{
    return int(text.toUtf8().size());
}

// What a file system would be handed: valid UTF-8 that decodes back to the same text (no lone surrogate).
bool isValidUtf8(const QString &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(text.toUtf8());
    return !decoder.hasError() && decoded == text;
}

QSet<QString> foldedSet(const QStringList &names)
{
    QSet<QString> set;
    for (const QString &name : names)
        set.insert(LocalFileName::folded(name));
    return set;
}

}  // namespace

class TestLocalFileName : public QObject
{
    Q_OBJECT

private slots:
    void component_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << "Lecture 1.pdf"
                               << "Lecture 1.pdf";
        QTest::newRow("every reserved character") << "a/b\\c:d*e?f\"g<h>i|j.txt"
                                                  << "a_b_c_d_e_f_g_h_i_j.txt";
        QTest::newRow("C0 controls, DEL, C1")
            << QString::fromUtf16(u"a\u0001b\u001Fc\u007Fd\u0085e\u009Bf.txt") << "a_b_c_d_e_f.txt";
        QTest::newRow("NUL") << QString::fromUtf16(u"a\0b.txt", 7) << "a_b.txt";
        QTest::newRow("tab and line feed") << "line\nbreak\t.pdf"
                                           << "line_break_.pdf";
        QTest::newRow("byte-order mark") << QStringLiteral("\uFEFFnotes.txt") << "_notes.txt";
        QTest::newRow("right-to-left override") << QStringLiteral("invoice\u202Efdp.exe") << "invoice_fdp.exe";
        QTest::newRow("bidi isolates") << QStringLiteral("a\u2066b\u2067c\u2068d\u2069.txt") << "a_b_c_d_.txt";
        QTest::newRow("bidi embeddings") << QStringLiteral("\u202Aa\u202Bb\u202Cc\u202Dd.txt") << "_a_b_c_d.txt";
        QTest::newRow("lone surrogate") << QString("a") + QChar(0xD800) + "b.txt"
                                        << "a_b.txt";
        QTest::newRow("trailing dots") << "notes..."
                                       << "notes";
        QTest::newRow("trailing spaces") << "notes.txt   "
                                         << "notes.txt";
        QTest::newRow("trailing dots and spaces") << "notes. . ."
                                                  << "notes";
        QTest::newRow("leading spaces") << "   notes.txt"
                                        << "notes.txt";
        QTest::newRow("leading dot kept") << ".bashrc"
                                          << ".bashrc";
        QTest::newRow("inner dots kept") << "..hidden..txt"
                                         << "..hidden..txt";
        QTest::newRow("CON") << "CON"
                             << "CON_";
        QTest::newRow("con.txt") << "con.txt"
                                 << "con_.txt";
        QTest::newRow("nul.txt") << "nul.txt"
                                 << "nul_.txt";
        QTest::newRow("Com1.tar.gz") << "Com1.tar.gz"
                                     << "Com1_.tar.gz";
        QTest::newRow("lpt9") << "lpt9"
                              << "lpt9_";
        QTest::newRow("PRN with trailing dot") << "PRN."
                                               << "PRN_";
        QTest::newRow("aux with trailing space") << "aux "
                                                 << "aux_";
        QTest::newRow("device before a space and dot") << "CON .txt"
                                                       << "CON_ .txt";
        QTest::newRow("COM superscript") << QStringLiteral("COM\u00B9.log") << QStringLiteral("COM\u00B9_.log");
        QTest::newRow("CONOUT$") << "conout$"
                                 << "conout$_";
        QTest::newRow("CONSOLE is no device") << "CONSOLE.txt"
                                              << "CONSOLE.txt";
        QTest::newRow("COM10 is no device") << "COM10"
                                            << "COM10";
        QTest::newRow("device inside a name") << "my con.txt"
                                              << "my con.txt";
        QTest::newRow("empty") << ""
                               << "untitled";
        QTest::newRow("dot") << "."
                             << "untitled";
        QTest::newRow("dot dot") << ".."
                                 << "untitled";
        QTest::newRow("dots") << "..."
                              << "untitled";
        QTest::newRow("spaces") << "   "
                                << "untitled";
        QTest::newRow("dots and spaces") << " . .. "
                                         << "untitled";
        QTest::newRow("NFD to NFC") << QStringLiteral("e\u0301te\u0301.txt") << QStringLiteral("\u00E9t\u00E9.txt");
        QTest::newRow("French kept") << QStringLiteral("Résumé du cours.pdf") << QStringLiteral("Résumé du cours.pdf");
        QTest::newRow("CJK and emoji kept") << QStringLiteral("講義ノート 😀.pdf") << QStringLiteral("講義ノート 😀.pdf");
    }

    void component()
    {
        QFETCH(QString, serverName);
        QFETCH(QString, expected);
        const QString name = LocalFileName::component(serverName);
        QCOMPARE(name, expected);
        QVERIFY(isValidUtf8(name));
        // What comes out is already safe: a second pass changes nothing.
        QCOMPARE(LocalFileName::component(name), name);
    }

    void componentFallback()
    {
        QCOMPARE(LocalFileName::component(QStringLiteral(".."), QStringLiteral("Section 3")),
                 QStringLiteral("Section 3"));
        QCOMPARE(LocalFileName::component(QStringLiteral(" . "), QStringLiteral("file")), QStringLiteral("file"));
    }

    void longNames_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<QString>("expected");

        const QString e = QStringLiteral("\u00E9");  // 2 bytes
        const QString kanji = QStringLiteral("\u6F22");  // 3 bytes
        const QString emoji = QStringLiteral("\U0001F600");  // 4 bytes, a surrogate pair
        QTest::newRow("ASCII") << QString(300, u'a') + ".pdf" << QString(251, u'a') + ".pdf";
        QTest::newRow("ASCII, no extension") << QString(300, u'b') << QString(255, u'b');
        QTest::newRow("French accents") << e.repeated(200) + ".pdf" << e.repeated(125) + ".pdf";
        QTest::newRow("NFD accents counted as NFC")
            << QStringLiteral("e\u0301").repeated(200) + ".pdf" << e.repeated(125) + ".pdf";
        QTest::newRow("CJK") << kanji.repeated(100) + ".docx" << kanji.repeated(83) + ".docx";
        QTest::newRow("emoji") << emoji.repeated(80) + ".png" << emoji.repeated(62) + ".png";
        QTest::newRow("emoji after one byte") << "a" + emoji.repeated(80) + ".png"
                                              << "a" + emoji.repeated(62) + ".png";
        QTest::newRow("double extension") << QString(300, u'c') + ".tar.gz" << QString(248, u'c') + ".tar.gz";
        QTest::newRow("long extension not kept")
            << QString(250, u'x') + ".averyveryverylongextension" << QString(250, u'x') + ".aver";
        QTest::newRow("cut before spaces")
            << QString(250, u'a') + "     " + QString(50, u'b') + ".pdf" << QString(250, u'a') + ".pdf";
    }

    void longNames()
    {
        QFETCH(QString, serverName);
        QFETCH(QString, expected);
        const QString name = LocalFileName::component(serverName);
        QCOMPARE(name, expected);
        QVERIFY2(utf8Size(name) <= 255, qPrintable(QString::number(utf8Size(name))));
        QVERIFY(isValidUtf8(name));
    }

    void smallerLimit()
    {
        // Cutting "CONSOLE" to three characters would make a device name; its '_' must still fit.
        QCOMPARE(LocalFileName::component(QStringLiteral("CONSOLE.txt"), QStringLiteral("untitled"), 7),
                 QStringLiteral("CO.txt"));
        // No room for the extension and a character of stem: the name itself is cut.
        QCOMPARE(LocalFileName::component(QStringLiteral("abcdefgh.longext"), QStringLiteral("untitled"), 6),
                 QStringLiteral("abcdef"));
        const QString emoji = QStringLiteral("\U0001F600");
        QCOMPARE(LocalFileName::component(emoji.repeated(3), QStringLiteral("untitled"), 7), emoji);
    }

    void folded()
    {
        QCOMPARE(LocalFileName::folded(QStringLiteral("A.PDF")), LocalFileName::folded(QStringLiteral("a.pdf")));
        QCOMPARE(LocalFileName::folded(QStringLiteral("\u00C9COLE")), LocalFileName::folded(QStringLiteral("école")));
        QCOMPARE(LocalFileName::folded(QStringLiteral("e\u0301cole")),
                 LocalFileName::folded(QStringLiteral("\u00E9cole")));
        QVERIFY(LocalFileName::folded(QStringLiteral("a.pdf")) != LocalFileName::folded(QStringLiteral("b.pdf")));
    }

    void unique()
    {
        QCOMPARE(LocalFileName::unique(QStringLiteral("a.pdf"), {}), QStringLiteral("a.pdf"));
        QCOMPARE(LocalFileName::unique(QStringLiteral("a.pdf"), foldedSet({QStringLiteral("b.pdf")})),
                 QStringLiteral("a.pdf"));
        QCOMPARE(LocalFileName::unique(QStringLiteral("a.pdf"), foldedSet({QStringLiteral("A.PDF")})),
                 QStringLiteral("a (2).pdf"));
        QCOMPARE(LocalFileName::unique(QStringLiteral("a.pdf"),
                                       foldedSet({QStringLiteral("A.PDF"), QStringLiteral("a (2).PDF")})),
                 QStringLiteral("a (3).pdf"));
        // An NFD name on the server and an NFC one: the same name on macOS.
        QCOMPARE(LocalFileName::unique(QStringLiteral("\u00E9.txt"), foldedSet({QStringLiteral("E\u0301.TXT")})),
                 QStringLiteral("\u00E9 (2).txt"));
        QCOMPARE(LocalFileName::unique(QStringLiteral("archive.tar.gz"), foldedSet({QStringLiteral("archive.tar.gz")})),
                 QStringLiteral("archive (2).tar.gz"));
        QCOMPARE(LocalFileName::unique(QStringLiteral("Week 1"), foldedSet({QStringLiteral("week 1")})),
                 QStringLiteral("Week 1 (2)"));
    }

    void uniqueAtTheLimit()
    {
        const QString ascii = QString(251, u'x') + ".pdf";  // 255 bytes
        QCOMPARE(LocalFileName::unique(ascii, foldedSet({ascii})), QString(247, u'x') + " (2).pdf");

        const QString e = QStringLiteral("\u00E9");
        const QString french = e.repeated(125) + ".pdf";  // 254 bytes
        const QString second = LocalFileName::unique(french, foldedSet({french}));
        QCOMPARE(second, e.repeated(123) + " (2).pdf");
        QVERIFY(utf8Size(second) <= 255);

        const QString emoji = QStringLiteral("\U0001F600");
        const QString faces = emoji.repeated(62) + ".png";  // 252 bytes
        QStringList taken = {faces};
        for (int n = 2; n <= 10; ++n) {
            const QString next = LocalFileName::unique(faces, foldedSet(taken));
            QVERIFY2(next.endsWith(QStringLiteral(" (%1).png").arg(n)), qPrintable(next));
            QVERIFY2(utf8Size(next) <= 255, qPrintable(QString::number(utf8Size(next))));
            QVERIFY(isValidUtf8(next));
            taken << next;
        }
        QCOMPARE(taken.last(), emoji.repeated(61) + " (10).png");

        QCOMPARE(LocalFileName::unique(QStringLiteral("abcdef.pdf"), foldedSet({QStringLiteral("abcdef.pdf")}), 10),
                 QStringLiteral("ab (2).pdf"));
    }

    void folders_data()
    {
        QTest::addColumn<QString>("filePath");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("root") << "/" << QStringList();
        QTest::newRow("empty") << "" << QStringList();
        QTest::newRow("one folder") << "/loops/" << QStringList{"loops"};
        QTest::newRow("no slashes around") << "loops/sub" << QStringList{"loops", "sub"};
        QTest::newRow("climbing out") << "/../../etc/" << QStringList{"etc"};
        QTest::newRow("dots in between") << "/a/./../b/.." << QStringList{"a", "b"};
        QTest::newRow("empty parts") << "//a//b/" << QStringList{"a", "b"};
        QTest::newRow("backslash is no separator") << "C:\\x" << QStringList{"C__x"};
        QTest::newRow("backslash climbing") << "/..\\..\\etc/" << QStringList{".._.._etc"};
        QTest::newRow("device names") << "/CON/aux.txt/" << QStringList{"CON_", "aux_.txt"};
        QTest::newRow("padded dots") << "/ .. /x/" << QStringList{"untitled", "x"};
        QTest::newRow("NFD") << QStringLiteral("/Re\u0301sume\u0301/")
                             << QStringList{QStringLiteral("R\u00E9sum\u00E9")};
    }

    void folders()
    {
        QFETCH(QString, filePath);
        QFETCH(QStringList, expected);
        QCOMPARE(LocalFileName::folders(filePath), expected);
    }

    void extension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pdf") << "a.pdf"
                             << ".pdf";
        QTest::newRow("tar.gz") << "a.tar.gz"
                                << ".tar.gz";
        QTest::newRow("none") << "README"
                              << "";
        QTest::newRow("dot file") << ".bashrc"
                                  << "";
        QTest::newRow("sentence") << "Chapter 1. Introduction"
                                  << "";
        QTest::newRow("too long") << "a.abcdefghijklmnopq"
                                  << "";
        QTest::newRow("16 bytes") << "a.abcdefghijklmno"
                                  << ".abcdefghijklmno";
    }

    void extension()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(LocalFileName::extension(name), expected);
    }

    void shortened()
    {
        QCOMPARE(LocalFileName::shortened(QStringLiteral("lecture notes.pdf"), 100),
                 QStringLiteral("lecture notes.pdf"));
        QCOMPARE(LocalFileName::shortened(QStringLiteral("lecture notes.pdf"), 11), QStringLiteral("lecture.pdf"));
        QCOMPARE(LocalFileName::shortened(QStringLiteral("Week 1"), 1), QStringLiteral("W"));
        QCOMPARE(LocalFileName::shortened(QStringLiteral("CONSOLE"), 3), QStringLiteral("CO"));
        const QString emoji = QStringLiteral("\U0001F600");
        QCOMPARE(LocalFileName::shortened(emoji.repeated(3) + ".png", 7), emoji + ".png");
        QCOMPARE(LocalFileName::shortened(QStringLiteral(".hidden"), 1), QStringLiteral("_"));
        QVERIFY(LocalFileName::shortened(QStringLiteral("a"), 0).isNull());
    }
};

QTEST_GUILESS_MAIN(TestLocalFileName)
#include "tst_localfilename.moc"
