#pragma once

#include <QPalette>

// A dark desktop theme, as the GUI tests render every page in it (screenshots in both palettes).
QPalette darkPalette();

// Sets a palette on the application for one scope, as switching the desktop theme would.
class ScopedPalette
{
public:
    explicit ScopedPalette(const QPalette &palette);
    ~ScopedPalette();
    ScopedPalette(const ScopedPalette &) = delete;
    ScopedPalette &operator=(const ScopedPalette &) = delete;

private:
    QPalette m_saved;
};
