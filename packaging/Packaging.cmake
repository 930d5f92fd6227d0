# Installers: CPack (DEB, RPM, TGZ on Linux; NSIS and ZIP on Windows; DragNDrop on macOS). What goes in them is
# installed by app/CMakeLists.txt and app/satchel/CMakeLists.txt; the release workflow (.github/workflows/release.yml)
# builds each on its own platform.
include(GNUInstallDirs)
set(CPACK_PACKAGE_NAME "satchel")
set(CPACK_PACKAGE_VENDOR "Satchel")
set(CPACK_PACKAGE_CONTACT "Satchel Maintainers <maintainers@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline desktop client for Moodle")
set(CPACK_PACKAGE_DESCRIPTION "Satchel keeps your Moodle courses, deadlines, grades and completion on your computer, so you can use them without a connection.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SATCHEL_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Satchel")
set(CPACK_PACKAGE_EXECUTABLES "satchel;Satchel")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(SATCHEL_RPMBUILD rpmbuild)
    if(SATCHEL_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()

# Debian: shlibdeps finds the libraries the executables link (Qt, QtKeychain, SQLite through Qt); plugins that Qt
# dlopen()s at run time are invisible to it, so they are named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
find_program(SATCHEL_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(SATCHEL_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsqlite3-0, libqt6svg6, libsecret-1-0")
# qt6-translations-l10n: Qt's own strings (standard buttons, file dialogs) in the chosen language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")

# RPM (Fedora's names for the same plugins; its automatic requirements find the linked libraries).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Education")
set(CPACK_RPM_PACKAGE_URL "${SATCHEL_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-sqlite, sqlite-libs, qt6-qtsvg, libsecret")
# Folders the system already owns; the package must not claim them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor /usr/share/man
    /usr/share/man/man1)

# Windows: a per-user installer (no administrator rights, as on school laptops) into %LOCALAPPDATA%\Programs, with a
# Start-menu shortcut (CPACK_PACKAGE_EXECUTABLES), an uninstaller, and the moodlemobile: URL scheme (the sign-in
# through the browser comes back through it) registered for this user only. CPACK_NSIS_DEFINES comes after the
# template's "RequestExecutionLevel admin", and NSIS keeps the last one. Backslashes are doubled twice: once for this
# file, once for CPackConfig.cmake.
set(CPACK_NSIS_DEFINES "RequestExecutionLevel user")
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
set(CPACK_NSIS_PACKAGE_NAME "Satchel")
set(CPACK_NSIS_DISPLAY_NAME "Satchel")
set(CPACK_NSIS_MUI_ICON "${CMAKE_BINARY_DIR}/app/satchel/icons/${SATCHEL_APP_ID}.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_BINARY_DIR}/app/satchel/icons/${SATCHEL_APP_ID}.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\satchel.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "satchel.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${SATCHEL_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(SATCHEL_NSIS_URL_KEY "Software\\\\Classes\\\\moodlemobile")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKCU '${SATCHEL_NSIS_URL_KEY}' '' 'URL:Moodle sign-in (Satchel)'
    WriteRegStr HKCU '${SATCHEL_NSIS_URL_KEY}' 'URL Protocol' ''
    WriteRegStr HKCU '${SATCHEL_NSIS_URL_KEY}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\satchel.exe,0'
    WriteRegStr HKCU '${SATCHEL_NSIS_URL_KEY}\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\satchel.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKCU '${SATCHEL_NSIS_URL_KEY}'
")

# macOS: a disk image with Satchel.app and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "Satchel ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")

# Windows and macOS: sign what is packed when the release workflow has a certificate (packaging/sign.cmake).
if(WIN32 OR APPLE)
    set(CPACK_PRE_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/packaging/sign.cmake")
endif()

include(CPack)

# The packaging files parse and validate (tests/packaging): run with the other tests.
if(SATCHEL_TESTS)
    find_package(Python3 COMPONENTS Interpreter)
    if(Python3_FOUND)
        add_test(NAME packaging-files
            COMMAND ${Python3_EXECUTABLE} "${PROJECT_SOURCE_DIR}/tests/packaging/check_packaging_files.py"
                --source-dir "${PROJECT_SOURCE_DIR}" --build-dir "${CMAKE_BINARY_DIR}" --cmake "${CMAKE_COMMAND}")
        set_tests_properties(packaging-files PROPERTIES LABELS packaging)
    endif()
endif()
