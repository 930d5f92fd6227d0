// The folder of an account's downloaded files, on real files in a temporary directory: nothing a server path says
// resolves outside it (climbing, absolute paths, drives, backslashes, links), paths stay within Windows' limit,
// removing downloads leaves the rest of the tree (and anything outside) alone, and sizes do not count what links
// point to.
#include "files/FilesFolder.h"
#include "files/LocalFileName.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, qint64 size)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray(size, 'x')) == size;
}

}  // namespace

class TestFilesFolder : public QObject
{
    Q_OBJECT

    // Two temporary directories per test: the files folder's parent, and "elsewhere" on the same disk, which
    // links point to and which must come out of every test untouched.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_outside;

    QString rootPath() const { return m_dir->filePath(QStringLiteral("files-root")); }

    void skipWithoutSymlinks()
    {
#ifdef Q_OS_WIN
        QSKIP("Creating symlinks needs a privilege on Windows");
#endif
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_outside = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(m_outside->isValid());
        QVERIFY(QDir().mkpath(rootPath()));
    }

    void cleanup()
    {
        m_dir.reset();
        m_outside.reset();
    }

    void forAccountUsesTheDatabaseHash()
    {
        const QString dataDir = m_dir->path();
        const QString account = QStringLiteral("https://moodle.example.edu/moodle@student1");
        const QString folder = FilesFolder::forAccount(dataDir, account);
        const QString key = Database::accountKey(account);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(key).hasMatch(), qPrintable(key));
        QCOMPARE(folder, QDir(dataDir).filePath(QStringLiteral("files-") + key));
        QCOMPARE(QFileInfo(Database::fileFor(dataDir, account)).fileName(),
                 QStringLiteral("account-%1.sqlite").arg(key));
        QVERIFY(FilesFolder::forAccount(dataDir, QStringLiteral("https://moodle.example.edu/moodle@student2"))
                != folder);
        QVERIFY(!QFileInfo::exists(folder));
    }

    void rootIsAbsoluteAndClean()
    {
        QCOMPARE(FilesFolder(rootPath() + "/").root(), rootPath());
        QCOMPARE(FilesFolder(rootPath() + "/./a/..").root(), rootPath());
    }

    void absolutePathInside()
    {
        const FilesFolder folder(rootPath());
        QCOMPARE(folder.absolutePath(QStringLiteral("CS101/Week 1/Slides/lecture.pdf")),
                 rootPath() + "/CS101/Week 1/Slides/lecture.pdf");
        QCOMPARE(folder.absolutePath(QString()), rootPath());
        QCOMPARE(folder.absolutePath(QStringLiteral("..hidden/a..b")), rootPath() + "/..hidden/a..b");
        // Looking a path up creates nothing.
        QVERIFY(!QFileInfo::exists(rootPath() + "/CS101"));
    }

    void absolutePathRefusesWaysOut_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("parent") << "../x";
        QTest::newRow("absolute") << "/etc/passwd";
        QTest::newRow("climbing in the middle") << "a/../../x";
        QTest::newRow("parent at the end") << "a/..";
        QTest::newRow("drive letter") << "C:/x";
        QTest::newRow("drive-relative") << "C:x";
        QTest::newRow("NTFS stream") << "a/b.pdf:Zone.Identifier";
        QTest::newRow("backslash climbing") << "a\\..\\..\\x";
        QTest::newRow("UNC") << "\\\\server\\share\\x";
        QTest::newRow("empty component") << "a//b";
        QTest::newRow("trailing slash") << "a/";
        QTest::newRow("dot") << "./a";
        QTest::newRow("dot in the middle") << "a/./b";
        QTest::newRow("NUL") << QString::fromUtf16(u"a\0/../../x", 10);
    }

    void absolutePathRefusesWaysOut()
    {
        QFETCH(QString, relative);
        const FilesFolder folder(rootPath());
        const QString path = folder.absolutePath(relative);
        QVERIFY2(path.isNull(), qPrintable(path));
    }

    void absolutePathRefusesLinksOut()
    {
        skipWithoutSymlinks();
        const FilesFolder folder(rootPath());
        QVERIFY(writeFile(m_outside->filePath(QStringLiteral("secret.txt")), 10));
        // A course folder that is a link to elsewhere, a file that is one, and one that points nowhere yet.
        QVERIFY(QFile::link(m_outside->path(), rootPath() + "/CS101"));
        QVERIFY(QDir().mkpath(rootPath() + "/MATH201/Week 1"));
        QVERIFY(
            QFile::link(m_outside->filePath(QStringLiteral("secret.txt")), rootPath() + "/MATH201/Week 1/notes.txt"));
        QVERIFY(QFile::link(m_outside->filePath(QStringLiteral("not-yet.txt")), rootPath() + "/MATH201/dangling.txt"));
        QVERIFY(QFile::link(QStringLiteral("../.."), rootPath() + "/MATH201/up"));

        for (const QString relative : {"CS101", "CS101/secret.txt", "CS101/new/file.pdf", "MATH201/Week 1/notes.txt",
                                       "MATH201/dangling.txt", "MATH201/up", "MATH201/up/x"}) {
            const QString path = folder.absolutePath(relative);
            QVERIFY2(path.isNull(), qPrintable(relative + " -> " + path));
        }
        // Links that stay inside are fine, and so is the real folder next to them.
        QVERIFY(QFile::link(rootPath() + "/MATH201/Week 1", rootPath() + "/MATH201/latest"));
        QCOMPARE(folder.absolutePath(QStringLiteral("MATH201/latest/a.pdf")), rootPath() + "/MATH201/latest/a.pdf");
        QCOMPARE(folder.absolutePath(QStringLiteral("MATH201/Week 1/a.pdf")), rootPath() + "/MATH201/Week 1/a.pdf");
    }

    void absolutePathWithALinkedRoot()
    {
        skipWithoutSymlinks();
        // The data folder itself may be reached through a link (macOS' /tmp, a moved home): that is not a way out.
        const QString linkedRoot = m_dir->filePath(QStringLiteral("linked-root"));
        QVERIFY(QFile::link(rootPath(), linkedRoot));
        QVERIFY(QDir().mkpath(rootPath() + "/CS101"));
        const FilesFolder folder(linkedRoot);
        QCOMPARE(folder.absolutePath(QStringLiteral("CS101/a.pdf")), linkedRoot + "/CS101/a.pdf");
    }

    void fittedKeepsWithinTheWindowsLimit()
    {
        // A root of exactly 200 characters leaves 58 for the path inside.
        const QString base = m_dir->path() + "/";
        const QString deepRoot = base + QString(200 - base.size(), u'r');
        QCOMPARE(deepRoot.size(), 200);
        QVERIFY(QDir().mkpath(deepRoot));
        const FilesFolder folder(deepRoot);

        const QString shortPath = QStringLiteral("CS101/Week 1/Slides/lecture.pdf");
        QCOMPARE(folder.fitted(shortPath), shortPath);

        const QStringList parts = {QStringLiteral("Introduction to Computer Science 2026 (Professor Long Name)"),
                                   QStringLiteral("Week 1 - Getting started with the tools and the environment"),
                                   QStringLiteral("Lecture notes and slides for the first week of the course"),
                                   QStringLiteral("the complete lecture recording transcript of week one.pdf")};
        const QString fitted = folder.fitted(parts.join(u'/'));
        QVERIFY(!fitted.isNull());
        QVERIFY2(deepRoot.size() + 1 + fitted.size() <= FilesFolder::kMaxPathLength, qPrintable(fitted));
        const QStringList fittedParts = fitted.split(u'/');
        QCOMPARE(fittedParts.size(), 4);
        QVERIFY2(fittedParts.last().endsWith(QStringLiteral(".pdf")), qPrintable(fitted));
        for (qsizetype i = 0; i < fittedParts.size(); ++i) {
            QVERIFY2(parts.at(i).startsWith(fittedParts.at(i).chopped(i == 3 ? 4 : 0)), qPrintable(fittedParts.at(i)));
            QCOMPARE(LocalFileName::component(fittedParts.at(i)), fittedParts.at(i));
        }
        // Every part got a share: none is cut to nothing while another keeps 50 characters.
        for (const QString &part : fittedParts)
            QVERIFY2(part.size() >= 8, qPrintable(fitted));
        // The path works: the folders and the file can be made.
        const QString path = folder.absolutePath(fitted);
        QVERIFY(!path.isNull());
        QVERIFY(writeFile(path, 3));
    }

    void fittedCutsFoldersBeforeTheFileName()
    {
        const QString base = m_dir->path() + "/";
        const QString deepRoot = base + QString(200 - base.size(), u'r');
        const FilesFolder folder(deepRoot);
        const QString relative = QString(40, u'c') + "/" + QString(40, u's') + "/" + QString(40, u'a') + "/notes.pdf";
        const QString fitted = folder.fitted(relative);
        QVERIFY2(deepRoot.size() + 1 + fitted.size() <= FilesFolder::kMaxPathLength, qPrintable(fitted));
        QVERIFY2(fitted.endsWith(QStringLiteral("/notes.pdf")), qPrintable(fitted));
        // 58 - 3 separators - 9 for the file name: 46 for three folders.
        QCOMPARE(fitted, QString(15, u'c') + "/" + QString(15, u's') + "/" + QString(16, u'a') + "/notes.pdf");
    }

    void fittedGivesUpWhenNothingFits()
    {
        const QString base = m_dir->path() + "/";
        const FilesFolder folder(base + QString(250 - base.size(), u'r'));
        // 8 characters left: "a/b/c/d.pdf" needs 11 even with one-character names.
        QVERIFY(folder.fitted(QStringLiteral("Course/Section/Activity/file.pdf")).isNull());
        QCOMPARE(folder.fitted(QStringLiteral("Course/file.pdf")), QStringLiteral("C/fi.pdf"));
    }

    void removeFileRemovesEmptyParents()
    {
        const FilesFolder folder(rootPath());
        QVERIFY(writeFile(rootPath() + "/CS101/Week 1/Slides/lecture.pdf", 10));
        QVERIFY(writeFile(rootPath() + "/CS101/Week 1/Exercises/sheet.pdf", 10));

        QVERIFY(folder.removeFile(QStringLiteral("CS101/Week 1/Slides/lecture.pdf")));
        QVERIFY(!QFileInfo::exists(rootPath() + "/CS101/Week 1/Slides"));
        QVERIFY(QFileInfo::exists(rootPath() + "/CS101/Week 1/Exercises/sheet.pdf"));

        QVERIFY(folder.removeFile(QStringLiteral("CS101/Week 1/Exercises/sheet.pdf")));
        QVERIFY(!QFileInfo::exists(rootPath() + "/CS101"));
        QVERIFY(QFileInfo(rootPath()).isDir());  // root stays, even empty

        // Already gone is fine; a folder, or a path out, is not a file to remove.
        QVERIFY(folder.removeFile(QStringLiteral("CS101/Week 1/Slides/lecture.pdf")));
        QVERIFY(QDir().mkpath(rootPath() + "/MATH201/Week 2"));
        QVERIFY(!folder.removeFile(QStringLiteral("MATH201/Week 2")));
        QVERIFY(QFileInfo(rootPath() + "/MATH201/Week 2").isDir());
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("beside.txt")), 1));
        QVERIFY(!folder.removeFile(QStringLiteral("../beside.txt")));
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("beside.txt"))));
    }

    void removeFileRemovesALinkNotItsTarget()
    {
        skipWithoutSymlinks();
        const FilesFolder folder(rootPath());
        const QString target = m_outside->filePath(QStringLiteral("thesis.pdf"));
        QVERIFY(writeFile(target, 10));
        QVERIFY(QDir().mkpath(rootPath() + "/CS101"));
        QVERIFY(QFile::link(target, rootPath() + "/CS101/thesis.pdf"));
        QVERIFY(folder.removeFile(QStringLiteral("CS101/thesis.pdf")));
        QVERIFY(!QFileInfo(rootPath() + "/CS101/thesis.pdf").isSymLink());
        QCOMPARE(QFileInfo(target).size(), 10);
        // Nor a file reached through a linked folder.
        QVERIFY(QFile::link(m_outside->path(), rootPath() + "/MATH201"));
        QVERIFY(!folder.removeFile(QStringLiteral("MATH201/thesis.pdf")));
        QCOMPARE(QFileInfo(target).size(), 10);
    }

    void removeTreeLeavesLinkTargets()
    {
        skipWithoutSymlinks();
        const FilesFolder folder(rootPath());
        QVERIFY(writeFile(m_outside->filePath(QStringLiteral("keep/me.txt")), 5));
        QVERIFY(writeFile(rootPath() + "/CS101/Week 1/a.pdf", 5));
        QVERIFY(writeFile(rootPath() + "/CS101/.hidden", 5));
        QVERIFY(writeFile(rootPath() + "/MATH201/b.pdf", 5));
        QVERIFY(QFile::link(m_outside->filePath(QStringLiteral("keep")), rootPath() + "/CS101/Week 1/elsewhere"));
        QVERIFY(QFile::link(m_outside->filePath(QStringLiteral("keep/me.txt")), rootPath() + "/CS101/me.txt"));

        QVERIFY(folder.removeTree(QStringLiteral("CS101")));
        QVERIFY(!QFileInfo::exists(rootPath() + "/CS101"));
        QVERIFY(QFileInfo::exists(rootPath() + "/MATH201/b.pdf"));
        QCOMPARE(QFileInfo(m_outside->filePath(QStringLiteral("keep/me.txt"))).size(), 5);

        // A linked course folder: the link goes, what it points to stays.
        QVERIFY(QFile::link(m_outside->filePath(QStringLiteral("keep")), rootPath() + "/PHYS"));
        QVERIFY(folder.removeTree(QStringLiteral("PHYS")));
        QVERIFY(!QFileInfo(rootPath() + "/PHYS").isSymLink());
        QCOMPARE(QFileInfo(m_outside->filePath(QStringLiteral("keep/me.txt"))).size(), 5);

        QVERIFY(!folder.removeTree(QStringLiteral("..")));
        QVERIFY(!folder.removeTree(QStringLiteral("MATH201/../..")));
        QVERIFY(folder.removeTree(QString()));
        QVERIFY(QFileInfo(rootPath()).isDir());
        QVERIFY(QDir(rootPath()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
        QCOMPARE(QFileInfo(m_outside->filePath(QStringLiteral("keep/me.txt"))).size(), 5);
    }

    void usedBytesDoesNotFollowLinks()
    {
        const FilesFolder folder(rootPath());
        QVERIFY(writeFile(rootPath() + "/CS101/Week 1/a.pdf", 100));
        QVERIFY(writeFile(rootPath() + "/CS101/Week 2/.b.txt", 50));
        QVERIFY(writeFile(rootPath() + "/MATH201/c.pdf", 7));
        QCOMPARE(folder.usedBytes(), qint64(157));
        QCOMPARE(folder.usedBytes(QStringLiteral("CS101")), qint64(150));
        QCOMPARE(folder.usedBytes(QStringLiteral("CS101/Week 1/a.pdf")), qint64(100));
        QCOMPARE(folder.usedBytes(QStringLiteral("nothing/here")), qint64(0));
        QCOMPARE(folder.usedBytes(QStringLiteral("../")), qint64(0));

#ifndef Q_OS_WIN
        const QString big = m_outside->filePath(QStringLiteral("big.bin"));
        QVERIFY(writeFile(big, 1 << 20));
        QVERIFY(writeFile(m_outside->filePath(QStringLiteral("dir/more.bin")), 1 << 20));
        QVERIFY(QFile::link(big, rootPath() + "/CS101/Week 1/big.bin"));
        QVERIFY(QFile::link(m_outside->filePath(QStringLiteral("dir")), rootPath() + "/CS101/dir"));
        QCOMPARE(folder.usedBytes(), qint64(157));
        QCOMPARE(folder.usedBytes(QStringLiteral("CS101")), qint64(150));
        QCOMPARE(folder.usedBytes(QStringLiteral("CS101/Week 1/big.bin")), qint64(0));
        // A link to a file inside is not counted twice.
        QVERIFY(QFile::link(rootPath() + "/CS101/Week 1/a.pdf", rootPath() + "/CS101/copy.pdf"));
        QCOMPARE(folder.usedBytes(QStringLiteral("CS101/copy.pdf")), qint64(0));
        QCOMPARE(folder.usedBytes(), qint64(157));
#endif
    }

    void freeBytesBeforeTheFolderExists()
    {
        const QString notYet = m_dir->filePath(QStringLiteral("not/yet/files"));
        const FilesFolder folder(notYet);
        QVERIFY(folder.freeBytes() > 0);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("not"))));
        QCOMPARE(folder.usedBytes(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestFilesFolder)
#include "tst_filesfolder.moc"
