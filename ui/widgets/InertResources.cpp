#include "InertResources.h"

#include <QImage>

#include <atomic>

namespace {
std::atomic<int> s_requests{0};
}  // namespace

void InertResources::install()
{
    QTextDocument::setDefaultResourceProvider(&InertResources::placeholder);
}

int InertResources::requestCount()
{
    return s_requests.load();
}

void InertResources::resetRequestCount()
{
    s_requests.store(0);
}

QVariant InertResources::placeholder(const QUrl &url)
{
    Q_UNUSED(url);
    ++s_requests;
    // An image, not an empty QVariant: an invalid answer makes QTextImageHandler try QImage::load(name) next.
    QImage empty(1, 1, QImage::Format_ARGB32);
    empty.fill(Qt::transparent);
    return empty;
}

QVariant InertResources::Document::loadResource(int, const QUrl &name)
{
    return placeholder(name);
}

QVariant InertResources::Browser::loadResource(int, const QUrl &name)
{
    return placeholder(name);
}
