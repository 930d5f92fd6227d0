#pragma once

class QWidget;

// Shows `widget` as a window of its own in front of the others, deleted when the person closes it: how a view
// opened from a page (a forum, a page or book read inside Satchel) comes up.
namespace OwnWindow {
void show(QWidget *widget);
}  // namespace OwnWindow
