#!/bin/sh
# Builds Satchel-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin (run by the release workflow on
# Ubuntu with Qt from install-qt-action; this machine has no linuxdeploy). Needs qmake of that Qt on PATH (the
# Qt plugin finds the libraries and plugins through it) and QtKeychain where CMake finds it.
#   packaging/linux/appimage/build-appimage.sh BUILD_DIR
set -eu
build=${1:?usage: build-appimage.sh BUILD_DIR}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSATCHEL_TESTS=OFF -DSATCHEL_BENCH=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build"
rm -rf "$build/AppDir"
DESTDIR="$build/AppDir" cmake --install "$build"
tools="$build/linuxdeploy"
mkdir -p "$tools"
for tool in linuxdeploy-x86_64.AppImage linuxdeploy-plugin-qt-x86_64.AppImage; do
    [ -x "$tools/$tool" ] || {
        curl -fsSL -o "$tools/$tool" \
            "https://github.com/linuxdeploy/${tool%-x86_64.AppImage}/releases/download/continuous/$tool"
        chmod +x "$tools/$tool"
    }
done
# The Qt plugin deploys what the linked modules load (platforms/xcb, sqldrivers/sqlite for Sql, imageformats/svg
# for Svg); under Wayland the AppImage runs through XWayland.
PATH="$tools:$PATH" APPIMAGE_EXTRACT_AND_RUN=1 "$tools/linuxdeploy-x86_64.AppImage" --appdir "$build/AppDir" \
    --desktop-file "$build/AppDir/usr/share/applications/org.satchelapp.Satchel.desktop" \
    --icon-file "$build/AppDir/usr/share/icons/hicolor/256x256/apps/org.satchelapp.Satchel.png" \
    --plugin qt --output appimage
