#pragma once

#include "model/GradeRecords.h"
#include "store/StoreConnection.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

// One course's grade items for the user, as a tree: grade categories are parents of their items,
// the course total comes last. Values are shown exactly as Moodle formatted them.
//
// gradereport_user_get_grade_items sends a category's own row with itemtype "category", its id in
// iteminstance and no name; items point at their category with categoryid. The course total's
// iteminstance is the course's top category, whose items sit at the top level.
class GradeItemsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        ItemColumn,
        GradeColumn,
        RangeColumn,
        PercentageColumn,
        FeedbackColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,  // stable across reloads: "item:<id>" or "category:<id>"
        ItemIdRole,  // the grade item id; 0 for a category Moodle sent no row for
        ItemTypeRole,  // "mod", "manual", "category", "course"
        PercentRole,  // double from the raw grade and its range; invalid when ungraded
        FeedbackHtmlRole,  // sanitised, safe to render
        HiddenRole,
        GradedAtRole,  // seconds since the epoch; invalid when not graded
    };

    GradeItemsModel(StoreConnection connection, qint64 userId, QObject *parent = nullptr);
    ~GradeItemsModel() override;

    // Shows the items of `courseId` (0: none).
    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    // Re-reads the database. When the items are the same ones, only their values change (views keep
    // selection, expansion and scrolling); otherwise the model resets.
    void reload();
    QString lastError() const { return m_error; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfKey(const QString &key) const;
    // The course total row, if Moodle sent one.
    std::optional<GradeItem> courseTotal() const;
    // Items that are neither categories nor the course total, in report order.
    QList<GradeItem> gradedLeafItems() const;

    // Moodle feedback is HTML written by people: keeps text formatting and links, drops scripts,
    // styles, colours (unreadable in a dark palette), images and anything else that would load.
    static QString safeHtml(const QString &html);
    static std::optional<double> percentOf(const GradeItem &item);

private:
    struct Node;
    static void collectKeys(const Node *node, QStringList &keys);
    void emitChanged(const Node *node);
    const Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column) const;
    std::unique_ptr<Node> build(const QList<GradeItem> &items) const;
    QVariant display(const Node &node, int column) const;

    StoreConnection m_connection;
    qint64 m_userId;
    qint64 m_courseId = 0;
    std::unique_ptr<Node> m_root;
    QString m_error;
};
