// The CI check of the shipped translations (translations/*.ts): every message translated (no
// "unfinished", no "obsolete" or "vanished" leftovers), every translation carrying the placeholders of its
// source (a lost %1 drops a course name, a %2 that was %1 swaps two values), and every file up to date with
// the sources, found by running the build's own lupdate into a copy and comparing the messages.
// A new translations/satchel_<lang>.ts is checked without touching this file.
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;  // the translation's type attribute: empty when finished
    QStringList translations;  // one per numerus form, else one

    QString key() const { return context + u'|' + source + u'|' + comment; }
    QString describe() const
    {
        return QStringLiteral("[%1] %2%3")
            .arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" (") + comment + u')');
    }
};

struct TsFile
{
    QString error;
    QList<Message> messages;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QStringLiteral("context")) {
                context.clear();
            } else if (name == QStringLiteral("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QStringLiteral("message")) {
                inMessage = true;
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
            } else if (inMessage && name == QStringLiteral("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QStringLiteral("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QStringLiteral("translation")) {
                message.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!message.numerus) {
                    message.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QStringLiteral("numerusform"))
                            message.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                        else
                            xml.skipCurrentElement();
                    }
                }
            }
        } else if (xml.isEndElement() && xml.name() == QStringLiteral("message")) {
            inMessage = false;
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1 … %99, %L1, %n and %Ln: what QString::arg and tr()'s plural forms replace.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[0-9]{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

QString shippedDir()
{
    return QStringLiteral(SATCHEL_TS_DIR);
}

}  // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void placeholdersMatchTheSource_data() { everyMessageIsTranslated_data(); }
    void placeholdersMatchTheSource();
    void upToDateWithTheSources_data() { everyMessageIsTranslated_data(); }
    void upToDateWithTheSources();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    const QFileInfoList files = QDir(shippedDir()).entryInfoList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(shippedDir()));
    for (const QFileInfo &file : files)
        QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    for (const Message &message : ts.messages) {
        const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &text) { return text.isEmpty(); });
        if (!message.type.isEmpty() || message.translations.isEmpty() || empty)
            problems << (message.type.isEmpty() ? QStringLiteral("empty") : message.type) + QStringLiteral(": ")
                    + message.describe();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::placeholdersMatchTheSource()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const Message &message : ts.messages) {
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue;  // everyMessageIsTranslated reports it
            QStringList found = placeholders(translation);
            // A plural form may say its number in words ("un participant", Arabic's dual): it may leave out
            // %n, never anything else.
            if (message.numerus && !found.contains(QStringLiteral("%n")) && expected.contains(QStringLiteral("%n"))) {
                found << QStringLiteral("%n");
                found.sort();
            }
            if (found != expected)
                problems << QStringLiteral("%1 → %2: has %3, the source has %4")
                                .arg(message.describe(), translation, found.join(u' '), expected.join(u' '));
        }
        if (message.numerus && expected.contains(QStringLiteral("%n"))
            && std::none_of(message.translations.cbegin(), message.translations.cend(),
                            [](const QString &text) { return text.contains(QStringLiteral("%n")); }))
            problems << QStringLiteral("%1: no plural form shows %n").arg(message.describe());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::upToDateWithTheSources()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo::exists(QStringLiteral(SATCHEL_LUPDATE_PROJECT)),
             "configure the build first: qt_add_translations writes the lupdate project at configure time");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The same project (sources, include paths) and options as the update_translations target, on a copy.
    const QString project = dir.filePath(QStringLiteral("project.json"));
    QProcess generate;
    generate.start(QStringLiteral(SATCHEL_CMAKE),
                   {QStringLiteral("-DIN_FILE=") + QStringLiteral(SATCHEL_LUPDATE_PROJECT),
                    QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                    QStringLiteral(SATCHEL_LUPDATE_GENERATOR)});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(SATCHEL_LUPDATE),
                  {QStringLiteral("-project"), project, QStringLiteral("-ts"), copy, QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-silent")});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QSet<QString> shipped;
    for (const Message &message : readTs(path).messages)
        shipped.insert(message.key());
    QSet<QString> current;
    for (const Message &message : readTs(copy).messages)
        current.insert(message.key());
    QStringList problems;
    for (const QString &key : current - shipped)
        problems << QStringLiteral("not in the file yet: ") + key;
    for (const QString &key : shipped - current)
        problems << QStringLiteral("no longer in the sources: ") + key;
    problems.sort();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("run `cmake --build build/dev --target update_translations`, then translate:\n")
                        + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
