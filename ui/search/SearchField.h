#pragma once

#include "model/SearchRecords.h"

#include <QLineEdit>
#include <QSqlDatabase>

class QFrame;
class QLabel;
class QListView;
class QTimer;
class SearchResultsModel;

// The window's search over everything the account has offline (SearchRepository, the local database only). As
// the person types, the hits appear under the field, grouped by kind, in a panel that never takes the focus: Up
// and Down move through the hits (headers skipped), Enter opens the selected one (the first when none is), a click
// opens one, Escape closes the panel and clears the field. The panel is a child of the window, not a popup window,
// so a screenshot of the window shows it.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    // The account's database; an invalid one (no session) searches nothing.
    void setDatabase(QSqlDatabase db) { m_db = std::move(db); }

    // Fills the field with `text` and shows its hits at once (satchel --page search:<text>).
    void showResultsFor(const QString &text);
    // Searches what the field holds now, without waiting for the typing to pause.
    void searchNow();
    // Focus from Ctrl+K / Ctrl+F: everything selected, so typing replaces it.
    void focusForSearch();

    bool isPanelVisible() const;
    QFrame *panel() const { return m_panel; }
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *resultsModel() const { return m_model; }
    // "No results for “…”" when the last search found nothing; empty otherwise.
    QString emptyText() const;
    // The hit row Up/Down chose; -1 when none.
    int currentRow() const;
    // Opens the hit of `row` (emits hitActivated, closes the panel); false for a header or no row.
    bool openRow(int row);

Q_SIGNALS:
    // The person chose a hit: the window opens it where it lives (SearchTarget).
    void hitActivated(const SearchHit &hit);
    // The database could not be read.
    void storageFailed(const QString &detail);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPanel();
    void showPanel();
    void hidePanel();
    void placePanel();
    void moveCurrent(int step);

    QSqlDatabase m_db;
    QTimer *m_typing;
    QFrame *m_panel = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    SearchResultsModel *m_model;
    QString m_searched;  // the text of the hits shown
};
