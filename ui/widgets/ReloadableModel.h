#pragma once

#include <QList>

// How the app's flat models take what a reload read. When the rows are the ones shown (same keys in the
// same order) only their data changed: one dataChanged over the table, and views keep their selection,
// current item and scrolling through every background sync. Anything else resets the model (its page
// puts back what it can).
template <typename Base>
class ReloadableModel : public Base
{
public:
    using Base::Base;

    // Whether `fresh` holds the same rows as `shown`, by the key `keyOf` gives a row.
    template <typename Row, typename KeyOf>
    static bool sameKeys(const QList<Row> &shown, const QList<Row> &fresh, KeyOf keyOf)
    {
        if (shown.size() != fresh.size())
            return false;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (keyOf(shown.at(i)) != keyOf(fresh.at(i)))
                return false;
        }
        return true;
    }

protected:
    // `assign` puts the reload's data in place.
    template <typename Assign>
    void takeReload(bool sameRows, Assign assign)
    {
        if (!sameRows) {
            this->beginResetModel();
            assign();
            this->endResetModel();
            return;
        }
        assign();
        const int rows = this->rowCount();
        const int columns = this->columnCount();
        if (rows > 0 && columns > 0)
            Q_EMIT this->dataChanged(this->index(0, 0), this->index(rows - 1, columns - 1));
    }
};
