#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QVBoxLayout;

// A message shown inside a window instead of a modal box: icon, sentence, and an optional
// "Details" disclosure for the technical text. Hidden while it has nothing to say.
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    enum class Type {
        Information,
        Warning,
        Error
    };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Type type, const QString &text, const QString &details = {});
    void clear();

    Type type() const { return m_type; }
    QString text() const;
    QString details() const;
    bool detailsVisible() const;
    QToolButton *detailsButton() const { return m_detailsButton; }
    // Extra controls that belong to the message (e.g. a consent checkbox), below the text.
    void addContentWidget(QWidget *widget);

Q_SIGNALS:
    void sizeChanged();

private:
    void setDetailsVisible(bool visible);
    void applyStyle();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QLabel *m_details;
    QVBoxLayout *m_content;
};
