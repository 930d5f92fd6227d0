#!/usr/bin/env python3
"""Checks the installer files that this machine cannot build into installers: they parse, they agree with each other
(one application id, one version) and they say what the installers need (the moodlemobile: URL scheme, a per-user
Windows install, the release's jobs). Tools that are missing (desktop-file-validate, appstreamcli, makensis, plutil,
groff, PyYAML) skip their part, which is printed as SKIP; any failed check fails the test.

Registered by packaging/Packaging.cmake as the ctest `packaging-files`.
"""
import argparse
import os
import plistlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message)


def skip(message):
    print("SKIP: " + message)


def run(command, what):
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        print(result.stdout)
    check(result.returncode == 0, what + " (" + " ".join(command[:2]) + " exited with " + str(result.returncode) + ")")
    return result.stdout


def cmake_set(cmakelists, name):
    match = re.search(r'set\(' + name + r'\s+"([^"]+)"\)', cmakelists)
    return match.group(1) if match else None


def project_version(cmakelists):
    match = re.search(r'project\(Satchel VERSION (\d+\.\d+\.\d+)', cmakelists)
    return match.group(1) if match else None


def cpack_values(cmake, build_dir, names):
    """The values CPack sees: CPackConfig.cmake read by CMake, as the NSIS generator reads it."""
    config = os.path.join(build_dir, "CPackConfig.cmake")
    with tempfile.TemporaryDirectory() as out:
        script = os.path.join(out, "dump.cmake")
        with open(script, "w", encoding="utf-8") as f:
            f.write('include("%s")\n' % config.replace("\\", "/"))
            for name in names:
                f.write('file(WRITE "%s/%s" "${%s}")\n' % (out.replace("\\", "/"), name, name))
        result = subprocess.run([cmake, "-P", script], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        check(result.returncode == 0, "CMake reads CPackConfig.cmake (as CPack does): " + result.stdout)
        if result.returncode != 0:
            return None
        values = {}
        for name in names:
            with open(os.path.join(out, name), encoding="utf-8") as f:
                values[name] = f.read()
        return values


def check_desktop_entry(source_dir, app_id):
    path = os.path.join(source_dir, "packaging", "linux", app_id + ".desktop")
    check(os.path.exists(path), "the desktop entry is named after the application id: " + path)
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        entry = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
    check(entry.get("Icon") == app_id, "the desktop entry's Icon is the application id")
    check(entry.get("Exec", "").startswith("satchel ") and "%u" in entry.get("Exec", ""),
          "the desktop entry runs satchel with %u (the sign-in link)")
    check("x-scheme-handler/moodlemobile;" in entry.get("MimeType", ""),
          "the desktop entry handles moodlemobile: links")
    check(entry.get("Categories") == "Education;", "the desktop entry is in Education")
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", path], "the desktop entry validates")
    else:
        skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")


def check_metainfo(source_dir, build_dir, app_id, version):
    path = os.path.join(build_dir, "app", "satchel", app_id + ".metainfo.xml")
    if not os.path.exists(path):
        skip("no configured AppStream metadata in this build (only made on Linux): " + path)
        return
    root = ElementTree.parse(path).getroot()
    check(root.findtext("id") == app_id, "the metainfo's id is the application id")
    check(root.findtext("launchable") == app_id + ".desktop", "the metainfo launches the desktop entry")
    releases = [r.get("version") for r in root.iter("release")]
    check(version in releases, "the metainfo has a release for project(VERSION) " + version + ": " + str(releases))
    binaries = sorted(b.text for b in root.iter("binary"))
    check(binaries == ["satchel", "satchelctl"], "the metainfo provides satchel and satchelctl: " + str(binaries))
    images = [i.text for i in root.iter("image")]
    check(len(images) > 0, "the metainfo has screenshots")
    for image in images:
        name = image.rsplit("/", 1)[-1]
        check("/resources/screenshots/" in image and
              os.path.exists(os.path.join(source_dir, "resources", "screenshots", name)),
              "the screenshot " + image + " is a picture of resources/screenshots")
    if shutil.which("appstreamcli"):
        run(["appstreamcli", "validate", "--no-net", path], "the AppStream metadata validates")
    else:
        skip("appstreamcli is not installed (Debian: appstream)")


def check_info_plist(source_dir, app_id, version):
    path = os.path.join(source_dir, "packaging", "macos", "Info.plist.in")
    with open(path, encoding="utf-8") as f:
        template = f.read()
    # What CMake substitutes (the values app/satchel/CMakeLists.txt gives on macOS).
    values = {
        "MACOSX_BUNDLE_EXECUTABLE_NAME": "Satchel", "MACOSX_BUNDLE_GUI_IDENTIFIER": app_id,
        "MACOSX_BUNDLE_BUNDLE_NAME": "Satchel", "MACOSX_BUNDLE_ICON_FILE": app_id + ".icns",
        "MACOSX_BUNDLE_SHORT_VERSION_STRING": version, "MACOSX_BUNDLE_BUNDLE_VERSION": version,
        "MACOSX_BUNDLE_COPYRIGHT": "Satchel Maintainers",
    }
    unknown = set(re.findall(r"\$\{(\w+)\}", template)) - set(values)
    check(not unknown, "Info.plist.in uses only the bundle values CMake sets: " + str(sorted(unknown)))
    text = re.sub(r"\$\{(\w+)\}", lambda m: values.get(m.group(1), ""), template)
    try:
        plist = plistlib.loads(text.encode("utf-8"))
    except Exception as error:  # plistlib raises expat and value errors alike
        check(False, "Info.plist.in parses as a property list: " + str(error))
        return
    check(plist.get("CFBundleIdentifier") == app_id, "the bundle id is the application id")
    check(plist.get("CFBundleShortVersionString") == version, "the bundle has the version")
    check(plist.get("NSHighResolutionCapable") is True, "the bundle is high-resolution capable")
    schemes = [s for t in plist.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]
    check("moodlemobile" in schemes, "the bundle opens moodlemobile: links")
    if shutil.which("plutil"):
        with tempfile.NamedTemporaryFile("w", suffix=".plist", delete=False) as f:
            f.write(text)
        run(["plutil", "-lint", f.name], "plutil accepts Info.plist")
        os.unlink(f.name)
    else:
        skip("plutil is not installed (macOS only): plistlib parsed Info.plist instead")


def check_workflow(source_dir):
    path = os.path.join(source_dir, ".github", "workflows", "release.yml")
    try:
        import yaml
    except ImportError:
        skip("PyYAML is not installed (Debian: python3-yaml): " + path + " not parsed")
        return
    with open(path, encoding="utf-8") as f:
        try:
            workflow = yaml.safe_load(f)
        except yaml.YAMLError as error:
            check(False, "release.yml parses as YAML: " + str(error))
            return
    # PyYAML reads the key `on` as True (YAML 1.1).
    trigger = workflow.get("on", workflow.get(True)) or {}
    check("tags" in (trigger.get("push") or {}), "the release workflow runs for pushed tags")
    jobs = workflow.get("jobs") or {}
    for job in ("linux", "windows", "macos"):
        check(job in jobs and jobs[job].get("steps"), "the release workflow has a " + job + " job with steps")
    for name, job in jobs.items():
        for step in job.get("steps") or []:
            check("uses" in step or "run" in step, "every step of " + name + " uses an action or runs something")
    manifest = os.path.join(source_dir, "packaging", "linux", "flatpak", "org.satchelapp.Satchel.yml")
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            flatpak = yaml.safe_load(f)
        check(flatpak.get("command") == "satchel", "the Flatpak manifest runs satchel")


def check_nsis(cmake, build_dir):
    names = ["CPACK_NSIS_DEFINES", "CPACK_NSIS_INSTALL_ROOT", "CPACK_NSIS_EXTRA_INSTALL_COMMANDS",
             "CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS", "CPACK_PACKAGE_EXECUTABLES"]
    values = cpack_values(cmake, build_dir, names)
    if values is None:
        return
    check(values["CPACK_NSIS_DEFINES"].strip() == "RequestExecutionLevel user",
          "the Windows installer asks for no administrator rights")
    check(values["CPACK_NSIS_INSTALL_ROOT"] == "$LOCALAPPDATA\\Programs",
          "the Windows installer installs per user: " + values["CPACK_NSIS_INSTALL_ROOT"])
    install = values["CPACK_NSIS_EXTRA_INSTALL_COMMANDS"]
    check("HKCU 'Software\\Classes\\moodlemobile'" in install,
          "the installer registers moodlemobile: for this user (one backslash per separator after CPack): " + install)
    check("HKCU 'Software\\Classes\\moodlemobile'" in values["CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS"],
          "the uninstaller removes the moodlemobile: registration")
    check(values["CPACK_PACKAGE_EXECUTABLES"].startswith("satchel;"), "the installer makes a Start-menu shortcut")
    makensis = shutil.which("makensis")
    if not makensis:
        skip("makensis is not installed (Debian: nsis): the NSIS commands are not compiled")
        return
    # The snippets compiled inside a minimal installer, warnings as errors, as CPack's template embeds them.
    with tempfile.TemporaryDirectory() as out:
        script = os.path.join(out, "check.nsi")
        with open(script, "w", encoding="utf-8") as f:
            f.write('Name "check"\nOutFile "%s"\nUnicode true\nRequestExecutionLevel admin\n%s\n'
                    'InstallDir "%s\\Satchel"\nSection\n%s\nWriteUninstaller "$INSTDIR\\u.exe"\nSectionEnd\n'
                    'Section "Uninstall"\n%s\nSectionEnd\n'
                    % (os.path.join(out, "check.exe"), values["CPACK_NSIS_DEFINES"], values["CPACK_NSIS_INSTALL_ROOT"],
                       install, values["CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS"]))
        run([makensis, "-V2", "-WX", script], "makensis compiles the installer's extra commands")


def check_man_page(source_dir):
    path = os.path.join(source_dir, "packaging", "linux", "satchelctl.1")
    with open(path, encoding="utf-8") as f:
        page = f.read()
    # Every command satchelctl knows (its command table) has its entry: a new command without one fails here.
    with open(os.path.join(source_dir, "app", "cli", "SatchelCtl.cpp"), encoding="utf-8") as f:
        commands = re.findall(r'\{"([a-z-]+)", make<', f.read())
    commands = [c for c in commands if c != "help"]  # the same as --help, described with the options
    check(len(commands) >= 19, "the command table of satchelctl is found (%d commands)" % len(commands))
    for command in commands:
        roff = command.replace("-", "\\-")
        check(re.search(r"^\.(B|BI|BR) " + re.escape(roff) + r"\b", page, re.M), "the man page describes " + command)
    if shutil.which("groff"):
        output = run(["groff", "-man", "-ww", "-z", path], "groff reads the man page")
        check(output.strip() == "", "groff has no warnings about the man page: " + output)
    else:
        skip("groff is not installed: the man page is not typeset")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--cmake", default="cmake", help="the CMake that configured the build")
    args = parser.parse_args()
    with open(os.path.join(args.source_dir, "CMakeLists.txt"), encoding="utf-8") as f:
        cmakelists = f.read()
    app_id = cmake_set(cmakelists, "SATCHEL_APP_ID")
    version = project_version(cmakelists)
    check(app_id and version, "CMakeLists.txt sets SATCHEL_APP_ID and project(VERSION)")
    if not (app_id and version):
        return 1
    check_desktop_entry(args.source_dir, app_id)
    check_metainfo(args.source_dir, args.build_dir, app_id, version)
    check_info_plist(args.source_dir, app_id, version)
    check_workflow(args.source_dir)
    check_nsis(args.cmake, args.build_dir)
    check_man_page(args.source_dir)
    print("%d check(s) failed" % len(failures) if failures else "all packaging checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
