#pragma once

class QLabel;
class QString;
class QTreeView;
class QWidget;

// How the pages lay out their parts alike (the Home dashboard, the Grades page).
namespace PageLayout {

// A bold heading over a part of a page; `scale` > 1 for a page's main parts.
QLabel *sectionTitle(const QString &text, QWidget *parent, double scale = 1.0);

// Fits a list to its rows (between minRows and maxRows), header included when shown, so the page, not each
// list, scrolls and the part below gets the rest of the page.
void fitToRows(QTreeView *view, int maxRows, int minRows = 0);

}  // namespace PageLayout
