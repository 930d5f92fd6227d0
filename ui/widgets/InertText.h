#pragma once

#include <QString>

class QLabel;
class QWidget;

// Text from the site (names of courses, sections, activities, grade items, people, groups, the site) shown as
// typed. QLabel, QToolTip and QMessageBox take text that looks like HTML for HTML (Qt::AutoText), and an <img>
// in HTML reads local files (/dev/zero, a UNC path) before any resource provider is asked (Qt 6.4): a course
// named "<img src=…>" must stay a name. Every label or tooltip that may show server text goes through here.
namespace InertText {

// A label showing `text` and whatever it is given later as plain text (the format is set before the text).
QLabel *label(const QString &text, QWidget *parent);

// `label` switched to plain text, then given `text`.
void setText(QLabel *label, const QString &text);

// A tooltip that shows `text` as typed: unchanged when Qt shows it as plain text anyway (Qt::mightBeRichText
// is what QToolTip decides by), escaped with Qt::convertFromPlainText when Qt would take it for HTML.
QString toolTip(const QString &text);

// `text` for a sentence of ours ("Hello, %1!") or a table cell: when it holds right-to-left letters or direction
// controls (U+202E RIGHT-TO-LEFT OVERRIDE reverses what follows), or whatever it holds when the window is right
// to left (Arabic: "C+", "Liam O'Brien" in an Arabic sentence), it is wrapped in FIRST STRONG ISOLATE … POP
// DIRECTIONAL ISOLATE, so it keeps its own direction and cannot reorder the rest. In a left-to-right window,
// left-to-right text stays as it is. The one home of the rule: labels, sentences and IsolatingItemDelegate use it.
QString isolated(const QString &text);

// `text` for a button or a menu entry, where '&' marks the next letter as a shortcut: every '&' doubled, so a
// name "Tom & Jerry" shows its '&' and underlines nothing.
QString forShortcutText(const QString &text);

}  // namespace InertText
