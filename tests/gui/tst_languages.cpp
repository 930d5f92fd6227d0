// Every page in every language: the demo accounts' pages rendered offscreen at the window's first-start size with
// each translation the build ships, installed the way the app installs it (Languages::install). A page fails when a
// text of ours is cut, when a widget needs more room than the window has, when a text of ours is still English in
// another language, or (Arabic) when the window is not mirrored. Screenshots: <test output>/languages/.
#include "TestData.h"

#include "home/HomePage.h"
#include "settings/SettingsDialog.h"
#include "shell/Languages.h"
#include "shell/MainWindow.h"

#include "account/AccountSession.h"
#include "demo/DemoSite.h"
#include "model/SiteInfo.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

#include <algorithm>

#include <memory>

namespace {

// The first-start size of the main window on a screen that has room for it (MainWindow::restoreWindowGeometry).
const QSize kWindowSize(960, 640);

struct Page
{
    QString name;  // as satchel --page names it
    bool teacher;
};

const QList<Page> kPages{
    {QStringLiteral("home"), false},
    {QStringLiteral("courses"), false},
    {QStringLiteral("course:2"), false},
    {QStringLiteral("grades:3"), false},
    {QStringLiteral("class:3:grades"), true},
    {QStringLiteral("class:3:completion"), true},
    {QStringLiteral("class:3:participants"), true},
};

// A text matching `text` with its placeholders (%1, %L1, %n) standing for `anything`.
QRegularExpression patternOf(const QString &text, const QString &anything)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[0-9]{1,2}|n)"));
    QStringList parts;
    for (const QString &part : text.split(placeholder))
        parts << QRegularExpression::escape(part);
    return QRegularExpression(QLatin1Char('^') + parts.join(anything) + QLatin1Char('$'));
}

// One of Satchel's own texts that a language translates differently from its English source.
struct EnglishText
{
    QRegularExpression inWidgets;  // placeholders stand for anything
    QRegularExpression inCells;  // placeholders stand for numbers and dates only: cells are mostly the site's texts
    QList<QRegularExpression> translations;  // a text matching one of these is translated ("%n participants" in fr)
};

// The English sources of `language`'s .ts file that it translates differently. Sources with fewer than three
// letters of their own ("%1 (%2)") say nothing about the language and are left out. A placeholder stands for
// anything in a sentence of two words or more ("Offline data from %1"), for numbers and dates only in a single
// word ("Course %1") and in list and table cells, where most texts are the site's own.
QList<EnglishText> englishTextsOf(const QString &language)
{
    QList<EnglishText> texts;
    QFile file(QStringLiteral(SATCHEL_TS_DIR "/satchel_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[0-9]{1,2}|n)"));
    const QString anything = QStringLiteral(".+");
    const QString numbers = QStringLiteral("[^\\p{L}]+");
    QXmlStreamReader xml(&file);
    QString source;
    bool plural = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("message")) {
            plural = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
        } else if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QStringLiteral("translation")) {
            QStringList translations;
            if (plural) {
                while (xml.readNextStartElement())
                    translations << xml.readElementText();
            } else {
                translations << xml.readElementText();
            }
            if (translations.size() == 1 && translations.constFirst() == source)
                continue;
            QString literal = source;
            literal.remove(placeholder);
            if (std::count_if(literal.cbegin(), literal.cend(), [](QChar c) { return c.isLetter(); }) < 3)
                continue;
            // "Course %1" with a name in %1 is more likely a site's text ("Course syllabus") than ours.
            static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
            int words = 0;
            for (auto it = word.globalMatch(literal); it.hasNext(); it.next())
                ++words;
            const bool sentence = words >= 2;
            EnglishText text{patternOf(source, sentence ? anything : numbers), patternOf(source, numbers), {}};
            for (const QString &translation : translations)
                if (!translation.isEmpty())
                    text.translations << patternOf(translation, anything);
            texts << text;
        }
    }
    return texts;
}

QString plainTextOf(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    return rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// Every text of ours a person can see on `window` now: labels, buttons, tabs, group titles, menus, and what the
// visible lists and tables show (their headers, and cells, which hold the site's texts too).
struct VisibleText
{
    QString text;
    bool inCell;
};

QList<VisibleText> visibleTexts(QWidget *window)
{
    QList<VisibleText> texts;
    for (QAction *menu : window->findChild<QMenuBar *>()->actions())
        texts << VisibleText{menu->text(), false};
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << VisibleText{plainTextOf(label), false};
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << VisibleText{button->text(), false};
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << VisibleText{group->title(), false};
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts << VisibleText{tabs->tabText(i), false};
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                texts << VisibleText{model->headerData(column, Qt::Horizontal).toString(), false};
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    texts << VisibleText{model->index(row, column).data().toString(), true};
        }
    }
    return texts;
}

// What is wrong with the page on screen: the texts of ours that are cut, and the widgets that need more room
// than the window. "Cut" is exact for each kind of widget:
// - a QLabel that shows one line (no word wrap, no picture): its size hint, the room its whole text needs, is
//   wider than the label. Labels that elide on purpose set a text that fits (QFontMetrics::elidedText), so they
//   pass; a label whose size policy lets the layout squeeze it (Ignored) is cut all the same, and fails.
// - a button (push, tool, check box, radio): its size hint is wider than the button (buttons never wrap).
// - a tab bar: its size hint, every tab at its natural width, is wider than the bar (Qt then elides tab texts
//   or hides tabs behind scroll arrows).
// Text in list and table cells is left to the views, which elide it with "…" and show it whole in a tooltip.
QStringList layoutProblems(QWidget *window)
{
    QStringList problems;
    // The window grows to its minimum size when asked to be smaller: compare with the size it was given.
    const QSize room = kWindowSize;
    if (window->minimumSizeHint().width() > room.width() || window->minimumSizeHint().height() > room.height())
        problems << QStringLiteral("the window needs %1×%2")
                        .arg(window->minimumSizeHint().width())
                        .arg(window->minimumSizeHint().height());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const QSize minimum = widget->minimumSizeHint();
        if (minimum.width() > room.width() || minimum.height() > room.height())
            problems << QStringLiteral("%1 needs %2×%3, more than the window")
                            .arg(describe(widget))
                            .arg(minimum.width())
                            .arg(minimum.height());
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (!label->wordWrap() && label->pixmap().isNull() && !label->text().isEmpty()
                && label->sizeHint().width() > label->width())
                problems << QStringLiteral("%1 \"%2\" is cut: %3 px wide, needs %4")
                                .arg(describe(label), plainTextOf(label))
                                .arg(label->width())
                                .arg(label->sizeHint().width());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width())
                problems << QStringLiteral("%1 \"%2\" is cut: %3 px wide, needs %4")
                                .arg(describe(button), button->text())
                                .arg(button->width())
                                .arg(button->sizeHint().width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            if (tabs->sizeHint().width() > tabs->width())
                problems << QStringLiteral("%1 tabs are cut: %2 px wide, need %3")
                                .arg(describe(tabs))
                                .arg(tabs->width())
                                .arg(tabs->sizeHint().width());
        }
    }
    return problems;
}

// Charts read in the window's direction: in a right-to-left window the names of the bars stand on the right, a
// horizontal value axis grows leftwards, and categories along the bottom start on the right (the grade histogram's
// "0–10 %" is the rightmost bin, "90–100 %" the leftmost).
QStringList chartDirectionProblems(QWidget *window)
{
    QStringList problems;
    const bool rightToLeft = window->isRightToLeft();
    for (const QChartView *view : window->findChildren<QChartView *>()) {
        if (!view->isVisible())
            continue;
        for (const QAbstractAxis *axis : view->chart()->axes()) {
            if (!axis->isVisible())
                continue;
            if (axis->orientation() == Qt::Vertical
                && axis->alignment() != (rightToLeft ? Qt::AlignRight : Qt::AlignLeft))
                problems << QStringLiteral("%1: a vertical axis is on the wrong side").arg(describe(view));
            if (axis->orientation() != Qt::Horizontal)
                continue;
            if (const auto *bins = qobject_cast<const QBarCategoryAxis *>(axis); bins && bins->count() > 1) {
                const QString firstOnTheLeft = bins->at(0);
                const QString lowest = rightToLeft ? bins->at(bins->count() - 1) : firstOnTheLeft;
                if (!lowest.startsWith(QLocale().toString(0)))
                    problems << QStringLiteral("%1: the bins start with \"%2\" on the left")
                                    .arg(describe(view), firstOnTheLeft);
            } else if (axis->isReverse() != rightToLeft) {
                problems << QStringLiteral("%1: the values grow in the wrong direction").arg(describe(view));
            }
        }
    }
    return problems;
}

Account demoAccount(const QString &recordings)
{
    const auto info = DemoSite::siteInfo(recordings);
    Account account;
    account.siteUrl = QUrl(QStringLiteral("https://demo.satchel.invalid"));
    if (info) {
        account.siteName = info->siteName;
        account.username = info->username;
        account.userId = info->userId;
        account.fullName = info->fullName;
    }
    return account;
}

}  // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyPageInEveryLanguage_data();
    void everyPageInEveryLanguage();
    void settingsNameEachLanguageInItself();

private:
    QString m_shots;
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
    QSettings().clear();
    // The test embeds the translations the app embeds: every shipped language is there.
    QCOMPARE(Languages::available(),
             (QStringList{QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                          QStringLiteral("pt_BR")}));
    m_shots = testOutputDir() + QStringLiteral("/languages");
    QDir().mkpath(m_shots);
}

void TestLanguages::cleanup()
{
    Languages::install(QStringLiteral("en"));
    QSettings().clear();
}

void TestLanguages::everyPageInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    for (const QString &language : Languages::available())
        QTest::newRow(qPrintable(language)) << language;
}

void TestLanguages::everyPageInEveryLanguage()
{
    QFETCH(QString, language);
    const bool translated = Languages::install(language);
    QCOMPARE(translated, language != QLatin1String("en"));
    const bool rightToLeft = language == QLatin1String("ar");
    QCOMPARE(QApplication::layoutDirection(), rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    const QList<EnglishText> english = translated ? englishTextsOf(language) : QList<EnglishText>();
    if (translated)
        QVERIFY2(english.size() > 100, "the language's .ts file could not be read");

    QStringList failures;
    for (const bool teacher : {false, true}) {
        const QString recordings = teacher ? QStringLiteral(":/demo/teacher1") : QStringLiteral(":/demo/student1");
        const Account account = demoAccount(recordings);
        QString error;
        const std::unique_ptr<AccountSession> session = AccountSession::openDemo(account, recordings, &error);
        QVERIFY2(session, qPrintable(error));
        MainWindow window(account, session.get());
        window.show();
        window.resize(kWindowSize);
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        if (rightToLeft) {
            QVERIFY(window.isRightToLeft());
            const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            QVERIFY(navigation);
            QVERIFY2(navigation->mapTo(&window, QPoint(0, 0)).x() > window.width() / 2,
                     "the navigation is not on the right");
            // The Latin name keeps its "!" outside it: the name is isolated in the Arabic sentence.
            QVERIFY2(window.homePage()->greeting().contains(QChar(0x2068) + account.fullName + QChar(0x2069)),
                     qPrintable(window.homePage()->greeting()));
        }

        for (const Page &page : kPages) {
            if (page.teacher != teacher)
                continue;
            QVERIFY2(window.showNamedPage(page.name), qPrintable(page.name));
            // Let the layouts settle (a page's texts change on show: counts, elided titles).
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            const QString where = QStringLiteral("%1 %2: ").arg(language, page.name);
            for (const QString &problem : layoutProblems(&window))
                failures << where + problem;
            for (const QString &problem : chartDirectionProblems(&window))
                failures << where + problem;
            for (const VisibleText &visible : visibleTexts(&window)) {
                for (const EnglishText &text : english) {
                    const QRegularExpression &pattern = visible.inCell ? text.inCells : text.inWidgets;
                    const auto translatedAs = [&visible](const QRegularExpression &translation) {
                        return translation.match(visible.text).hasMatch();
                    };
                    if (!visible.text.isEmpty() && pattern.match(visible.text).hasMatch()
                        && std::none_of(text.translations.cbegin(), text.translations.cend(), translatedAs)) {
                        failures << where + QStringLiteral("\"%1\" is still English").arg(visible.text);
                        break;
                    }
                }
            }
            const QString shot =
                QStringLiteral("%1/%2-%3.png")
                    .arg(m_shots, language, QString(page.name).replace(QLatin1Char(':'), QLatin1Char('-')));
            QVERIFY2(window.grab().save(shot), qPrintable(shot));
        }
    }
    failures.removeDuplicates();
    QVERIFY2(failures.isEmpty(), qPrintable(QLatin1Char('\n') + failures.join(QLatin1Char('\n'))));
}

void TestLanguages::settingsNameEachLanguageInItself()
{
    Settings settings;
    settings.language = QStringLiteral("pt_BR");
    SettingsDialog dialog(settings);
    auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(languages);
    QStringList names;
    for (int i = 1; i < languages->count(); ++i)
        names << languages->itemText(i);
    // A language with a country names both, as its speakers write them; "pt_BR" is not "português" alone.
    QCOMPARE(names,
             (QStringList{QStringLiteral("العربية"), QStringLiteral("Deutsch"), QStringLiteral("español"),
                          QStringLiteral("français"), QStringLiteral("português (Brasil)")}));
    QCOMPARE(languages->currentText(), QStringLiteral("português (Brasil)"));
    QCOMPARE(dialog.settings().language, QStringLiteral("pt_BR"));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
