#pragma once

#include "account/Account.h"

#include <QWidget>

class QLabel;

// The first page after sign-in. For now a greeting; a later issue turns it into the dashboard.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(const Account &account, QWidget *parent = nullptr);

    QString greeting() const;

private:
    QLabel *m_greeting;
};
