#include "GradeItemsModel.h"

#include "display/GradeNames.h"
#include "store/GradeRepository.h"
#include "text/HtmlSanitizer.h"
#include "text/TextFormat.h"

#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <functional>
#include <map>

struct GradeItemsModel::Node
{
    GradeItem item;  // a category Moodle sent no row for has only itemType and itemInstance
    QString key;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *append(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {
QString itemKey(const GradeItem &item)
{
    return QStringLiteral("item:%1").arg(item.id);
}

QString categoryKey(qint64 categoryId)
{
    return QStringLiteral("category:%1").arg(categoryId);
}

// What a cell shows for a value Moodle left empty.
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}
}  // namespace

GradeItemsModel::GradeItemsModel(StoreConnection connection, qint64 userId, QObject *parent)
    : QAbstractItemModel(parent), m_connection(std::move(connection)), m_userId(userId),
      m_root(std::make_unique<Node>())
{}

GradeItemsModel::~GradeItemsModel() = default;

void GradeItemsModel::setCourse(qint64 courseId)
{
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    // Another course: nothing of the old tree carries over.
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
    reload();
}

void GradeItemsModel::collectKeys(const Node *node, QStringList &keys)
{
    for (const auto &child : node->children) {
        keys << child->key;
        collectKeys(child.get(), keys);
        keys << QStringLiteral("/");  // structure, not only order
    }
}

void GradeItemsModel::emitChanged(const Node *node)
{
    if (node->children.empty())
        return;
    const QModelIndex parentIndex = node == m_root.get() ? QModelIndex() : indexOfNode(node, 0);
    Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(node->children.size()) - 1, ColumnCount - 1, parentIndex));
    for (const auto &child : node->children)
        emitChanged(child.get());
}

void GradeItemsModel::reload()
{
    QList<GradeItem> items;
    m_error.clear();
    if (m_courseId != 0 && m_connection.database().isValid()) {
        Result<QList<GradeItem>> read = GradeRepository(m_connection.database()).gradeItems(m_courseId, m_userId);
        // A read that fails keeps the items shown so far (lastError() says why).
        if (!read) {
            m_error = read.error();
            return;
        }
        items = std::move(read).value();
    }
    std::unique_ptr<Node> root = build(items);

    QStringList oldKeys;
    QStringList newKeys;
    collectKeys(m_root.get(), oldKeys);
    collectKeys(root.get(), newKeys);
    if (oldKeys == newKeys) {
        // Same tree: swap the values in place so persistent indexes (selection, expansion) stay valid.
        std::vector<std::pair<Node *, Node *>> pairs{{m_root.get(), root.get()}};
        while (!pairs.empty()) {
            auto [target, source] = pairs.back();
            pairs.pop_back();
            for (size_t i = 0; i < target->children.size(); ++i) {
                target->children[i]->item = source->children[i]->item;
                pairs.emplace_back(target->children[i].get(), source->children[i].get());
            }
        }
        emitChanged(m_root.get());
        return;
    }
    beginResetModel();
    m_root = std::move(root);
    endResetModel();
}

std::unique_ptr<GradeItemsModel::Node> GradeItemsModel::build(const QList<GradeItem> &items) const
{
    auto root = std::make_unique<Node>();
    std::optional<qint64> topCategory;
    const GradeItem *total = nullptr;
    std::map<qint64, std::unique_ptr<Node>> pending;  // category rows not placed yet
    for (const GradeItem &item : items) {
        if (item.isTotal()) {
            topCategory = item.itemInstance;
            total = &item;
        } else if (item.isCategory() && !pending.count(item.itemInstance)) {
            auto node = std::make_unique<Node>();
            node->item = item;
            node->key = categoryKey(item.itemInstance);
            pending.emplace(item.itemInstance, std::move(node));
        }
    }

    QHash<qint64, Node *> placed;
    // A category is placed where its first item (or its own row) appears, so the tree keeps report order.
    std::function<Node *(std::optional<qint64>, int)> containerFor = [&](std::optional<qint64> categoryId,
                                                                         int depth) -> Node * {
        if (!categoryId || *categoryId == 0 || categoryId == topCategory || depth > 16)
            return root.get();
        if (Node *node = placed.value(*categoryId))
            return node;
        std::unique_ptr<Node> node;
        if (auto it = pending.find(*categoryId); it != pending.end()) {
            node = std::move(it->second);
            pending.erase(it);
        } else {
            node = std::make_unique<Node>();
            node->item.itemType = QStringLiteral("category");
            node->item.itemInstance = *categoryId;
            node->item.courseId = m_courseId;
            node->key = categoryKey(*categoryId);
        }
        Node *parent = containerFor(node->item.categoryId, depth + 1);
        Node *result = parent->append(std::move(node));
        placed.insert(*categoryId, result);
        return result;
    };

    for (const GradeItem &item : items) {
        if (item.isTotal())
            continue;
        if (item.isCategory()) {
            containerFor(item.itemInstance, 0);
            continue;
        }
        auto node = std::make_unique<Node>();
        node->item = item;
        node->key = itemKey(item);
        containerFor(item.categoryId, 0)->append(std::move(node));
    }
    if (total) {
        auto node = std::make_unique<Node>();
        node->item = *total;
        node->key = itemKey(*total);
        root->append(std::move(node));
    }
    return root;
}

const GradeItemsModel::Node *GradeItemsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex GradeItemsModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex GradeItemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex GradeItemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent, 0);
}

int GradeItemsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int GradeItemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex GradeItemsModel::indexOfKey(const QString &key) const
{
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node != m_root.get() && node->key == key)
            return indexOfNode(node, 0);
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
    return {};
}

std::optional<GradeItem> GradeItemsModel::courseTotal() const
{
    for (const auto &child : m_root->children) {
        if (child->item.isTotal())
            return child->item;
    }
    return std::nullopt;
}

QList<GradeItem> GradeItemsModel::gradedLeafItems() const
{
    QList<GradeItem> result;
    std::function<void(const Node *)> walk = [&](const Node *node) {
        for (const auto &child : node->children) {
            if (!child->item.isCategory() && !child->item.isTotal())
                result << child->item;
            walk(child.get());
        }
    };
    walk(m_root.get());
    return result;
}

std::optional<double> GradeItemsModel::percentOf(const GradeItem &item)
{
    if (!item.gradeRaw || !item.gradeMin || !item.gradeMax || *item.gradeMax <= *item.gradeMin)
        return std::nullopt;
    return (*item.gradeRaw - *item.gradeMin) / (*item.gradeMax - *item.gradeMin) * 100.0;
}

QVariant GradeItemsModel::display(const Node &node, int column) const
{
    const GradeItem &item = node.item;
    switch (column) {
    case ItemColumn: {
        QString name = GradeNames::itemName(item.itemName, item.itemType);
        if (name.isEmpty())
            name = tr("Unnamed item");
        return item.hidden ? tr("%1 (hidden)").arg(name) : name;
    }
    case GradeColumn:
        return item.id == 0 ? QString() : orDash(item.gradeFormatted);
    case RangeColumn:
        return item.rangeFormatted;
    case PercentageColumn:
        return item.id == 0 ? QString() : orDash(item.percentageFormatted);
    case FeedbackColumn:
        return TextFormat::plainText(safeHtml(item.feedback));
    }
    return {};
}

QVariant GradeItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    const GradeItem &item = node.item;
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FeedbackColumn && !item.feedback.isEmpty())
            return safeHtml(item.feedback);
        if (index.column() == ItemColumn) {
            QStringList lines;
            if (item.isCategory())
                lines << tr("Moodle does not send the names of grade categories. Its grade is the category total.");
            if (item.hidden)
                lines << tr("Hidden from students on the site.");
            if (item.gradedAt)
                lines << tr("Graded on %1")
                             .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(*item.gradedAt).toLocalTime(),
                                                     QLocale::LongFormat));
            if (!lines.isEmpty())
                return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::AccessibleTextRole:
        // An empty cell is silence to a screen reader.
        if (index.column() == FeedbackColumn && item.feedback.isEmpty())
            return tr("No feedback");
        return {};
    case Qt::FontRole:
        if (item.isTotal() || item.isCategory() || item.hidden) {
            QFont font;
            if (item.isTotal() || item.isCategory())
                font.setBold(true);
            if (item.hidden)
                font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PercentageColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return node.key;
    case ItemIdRole:
        return item.id;
    case ItemTypeRole:
        return item.itemType;
    case PercentRole:
        if (const auto percent = percentOf(item))
            return *percent;
        return {};
    case FeedbackHtmlRole:
        return safeHtml(item.feedback);
    case HiddenRole:
        return item.hidden;
    case GradedAtRole:
        if (item.gradedAt)
            return *item.gradedAt;
        return {};
    }
    return {};
}

QVariant GradeItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Grade item");
    case GradeColumn:
        return tr("Grade");
    case RangeColumn:
        return tr("Range");
    case PercentageColumn:
        return tr("Percentage");
    case FeedbackColumn:
        return tr("Feedback");
    }
    return {};
}

QString GradeItemsModel::safeHtml(const QString &html)
{
    return HtmlSanitizer::sanitize(html, HtmlSanitizer::Links::Keep);
}
