#include "shell/Languages.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {
// What the last install() put in place, so the next one can take it out again.
QPointer<QTranslator> g_qtTranslator;
QPointer<QTranslator> g_satchelTranslator;

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}
}  // namespace

QStringList Languages::available()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("satchel_*.qm")});
    for (const QString &file : files)
        codes << file.mid(int(qstrlen("satchel_"))).chopped(int(qstrlen(".qm")));
    codes.sort();
    return codes;
}

QString Languages::nativeName(const QString &code)
{
    const QLocale locale(code);
    const QString language = locale.nativeLanguageName();
    if (language.isEmpty())
        return code;
    const QString territory = locale.nativeTerritoryName();
    // "pt_BR" names its country: Brazilian Portuguese is not the Portuguese of Portugal.
    if (code.contains(QLatin1Char('_')) && !territory.isEmpty())
        return QStringLiteral("%1 (%2)").arg(language, territory);
    // A code without a country is the language everywhere, but Qt 6.4 names "es" after its default country
    // ("español de España"): the language is what comes before " de España".
    if (!territory.isEmpty() && language.endsWith(territory)) {
        const QString withoutTerritory = language.chopped(territory.size()).trimmed();
        const qsizetype connective = withoutTerritory.lastIndexOf(QLatin1Char(' '));
        if (connective > 0)
            return withoutTerritory.left(connective);
    }
    return language;
}

bool Languages::install(const QString &code)
{
    remove(g_qtTranslator);
    remove(g_satchelTranslator);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Every QLocale() (dates, numbers, %L1) follows the chosen language.
    QLocale::setDefault(locale);
    // Missing translations are fine: the source strings are English. Qt's own strings (standard buttons,
    // file dialogs, context menus) come from Qt's qtbase_<lang>.qm (Debian: qt6-translations-l10n).
    auto *qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        g_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }
    auto *translator = new QTranslator(qApp);
    const bool translated =
        translator->load(locale, QStringLiteral("satchel"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (translated) {
        QCoreApplication::installTranslator(translator);
        g_satchelTranslator = translator;
    } else {
        delete translator;
    }
    // Set explicitly, so right to left does not depend on qtbase_ar.qm being installed.
    QApplication::setLayoutDirection(translated ? QLocale(translator->language()).textDirection() : Qt::LeftToRight);
    return translated;
}
