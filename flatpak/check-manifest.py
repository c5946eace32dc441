#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the Flatpak manifest without flatpak-builder or network access.
#
# usage: check-manifest.py MANIFEST.json APP_ID
#
# Prints every check as it goes and exits 1 at the first that fails.

import json
import sys


class CheckFailed(Exception):
    pass


def check(condition, description, problem):
    if not condition:
        print(f"FAIL {description}: {problem}")
        raise CheckFailed(problem)
    print(f"ok   {description}")


def describe_source(module_name, index):
    return f"module {module_name!r} source {index}"


def check_source(module_name, index, source):
    what = describe_source(module_name, index)
    check(isinstance(source, dict), f"{what} is an object",
          f"expected an object, found {type(source).__name__}")
    kind = source.get("type")
    check(isinstance(kind, str) and kind != "", f"{what} has a type",
          "missing \"type\"")

    if kind == "git":
        check(bool(source.get("url")), f"{what} (git) has a url", "missing \"url\"")
        check(bool(source.get("tag") or source.get("commit")),
              f"{what} (git) is pinned by tag or commit",
              "a git source needs a \"tag\" or a \"commit\"")
    elif kind in ("dir", "file", "patch", "script", "inline", "shell"):
        if kind == "dir":
            check(bool(source.get("path")), f"{what} (dir) has a path", "missing \"path\"")
        elif kind in ("file", "patch") and "path" in source:
            check(bool(source.get("path")), f"{what} ({kind}) has a path", "empty \"path\"")
        elif kind in ("file", "patch"):
            check(bool(source.get("url")) and bool(source.get("sha256")),
                  f"{what} ({kind}) has a url and a sha256",
                  "needs a \"path\", or a \"url\" with a \"sha256\"")
        else:
            print(f"ok   {what} ({kind}) needs no download")
    else:
        if "path" in source:
            check(bool(source.get("path")), f"{what} ({kind}) has a path", "empty \"path\"")
        else:
            check(bool(source.get("url")), f"{what} ({kind}) has a url", "missing \"url\"")
            sha256 = source.get("sha256", "")
            check(isinstance(sha256, str) and len(sha256) == 64
                  and all(c in "0123456789abcdef" for c in sha256),
                  f"{what} ({kind}) has a sha256",
                  "a downloaded source needs a 64-digit lowercase hex \"sha256\"")


def check_module(index, module):
    check(isinstance(module, dict), f"module {index} is an object",
          "modules given as file names are not supported here; inline them")
    name = module.get("name")
    check(isinstance(name, str) and name != "", f"module {index} has a name",
          "missing \"name\"")
    check(bool(module.get("buildsystem")), f"module {name!r} has a buildsystem",
          "missing \"buildsystem\"")
    sources = module.get("sources")
    check(isinstance(sources, list) and len(sources) > 0,
          f"module {name!r} has at least one source", "no \"sources\"")
    for i, source in enumerate(sources):
        check_source(name, i, source)


def run(manifest_path, expected_id):
    try:
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    except OSError as e:
        check(False, f"read {manifest_path}", str(e))
    except json.JSONDecodeError as e:
        check(False, f"parse {manifest_path}", f"not valid JSON: {e}")
    print(f"ok   {manifest_path} is valid JSON")

    check(isinstance(manifest, dict), "manifest is an object", "the top level must be an object")

    app_id = manifest.get("app-id", manifest.get("id"))
    check(app_id == expected_id, f"app-id is {expected_id}", f"found {app_id!r}")
    check(manifest.get("runtime") == "org.gnome.Platform", "runtime is org.gnome.Platform",
          f"found {manifest.get('runtime')!r}")
    check(manifest.get("sdk") == "org.gnome.Sdk", "sdk is org.gnome.Sdk",
          f"found {manifest.get('sdk')!r}")
    check(bool(manifest.get("runtime-version")), "runtime-version is set",
          "missing \"runtime-version\"")
    check(manifest.get("command") == "paraat", "command is paraat",
          f"found {manifest.get('command')!r}")

    modules = manifest.get("modules")
    check(isinstance(modules, list) and len(modules) > 0, "manifest has modules",
          "no \"modules\"")
    for i, module in enumerate(modules):
        check_module(i, module)

    names = [m.get("name") for m in modules]
    check("libical" in names, "libical is built as a module",
          "libical is not in org.gnome.Platform; add a libical module")

    app = modules[-1]
    check(app.get("name") == "paraat", "the last module is paraat",
          f"the last module is {app.get('name')!r}")
    check(app.get("buildsystem") == "meson", "paraat is built with meson",
          f"buildsystem is {app.get('buildsystem')!r}")
    check(any(s.get("type") == "dir" for s in app["sources"]),
          "paraat is built from a dir source", "no source of type \"dir\"")
    check(names.index("libical") < len(modules) - 1, "libical is built before paraat",
          "libical must come before the app module")


def main(argv):
    if len(argv) != 3:
        print(f"usage: {argv[0]} MANIFEST.json APP_ID", file=sys.stderr)
        return 2
    try:
        run(argv[1], argv[2])
    except CheckFailed:
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
