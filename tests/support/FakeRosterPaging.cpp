#include "FakeRosterPaging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// options[i][name] = limitfrom | limitnumber, options[i][value] = N
std::optional<int> option(const FakeParams &params, const QString &name)
{
    for (const auto &pair : params) {
        if (pair.first.startsWith(QLatin1String("options[")) && pair.first.endsWith(QLatin1String("[name]"))
            && pair.second == name) {
            const QString valueKey = pair.first.chopped(int(qstrlen("[name]"))) + QStringLiteral("[value]");
            for (const auto &value : params) {
                if (value.first == valueKey)
                    return value.second.toInt();
            }
        }
    }
    return std::nullopt;
}

}  // namespace

bool asksForRosterPage(const FakeParams &params)
{
    return option(params, QStringLiteral("limitfrom")).has_value()
        || option(params, QStringLiteral("limitnumber")).has_value();
}

QByteArray pageOfRoster(const QByteArray &wholeRoster, const FakeParams &params)
{
    if (!asksForRosterPage(params))
        return wholeRoster;
    const QJsonArray all = QJsonDocument::fromJson(wholeRoster).array();
    const int from = qMax(0, option(params, QStringLiteral("limitfrom")).value_or(0));
    const int number = option(params, QStringLiteral("limitnumber")).value_or(0);  // 0: all (as Moodle)
    QJsonArray page;
    for (qsizetype i = from; i < all.size() && (number <= 0 || i < from + number); ++i)
        page.append(all.at(i));
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}
