#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs lupdate over the GUI's sources into a scratch copy of each committed .ts file and fails when:
  - lupdate warns: "Cannot invoke tr() like this", "Class 'X' lacks Q_OBJECT macro" and the like mean a string it
    files under the wrong context or never finds, so no translation will ever reach the screen;
  - the committed file lacks a string the sources have, or keeps one they no longer have (it is not current);
  - the English file lacks the plural forms of a "%n" string.
Usage: check_translations.py LUPDATE SOURCE_DIR ALLOWLIST TS_FILE... -- LUPDATE_OPTIONS...
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(path: str) -> dict:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            out[key] = message
    return out


def main() -> int:
    args = sys.argv[1:]
    split = args.index("--") if "--" in args else len(args)
    lupdate, source_dir, allowlist, *ts_files = args[:split]
    options = args[split + 1:]
    with open(allowlist, encoding="utf-8") as f:
        allowed = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in ts_files:
            fresh = os.path.join(scratch, os.path.basename(ts))
            shutil.copy(ts, fresh)
            run = subprocess.run([lupdate, os.path.join(source_dir, "ui"), "-I", source_dir, "-extensions", "cpp,h",
                                  *options, "-ts", fresh], capture_output=True, text=True, check=False)
            if run.returncode != 0:
                failures.append(f"lupdate failed ({run.returncode}): {run.stderr}")
                continue
            for line in (run.stdout + run.stderr).splitlines():
                if line.startswith(("Scanning directory", "Updating ", "    Found ", "    Kept ", "    Removed ",
                                    "    Same-text")):
                    continue
                relative = line.replace(source_dir + os.sep, "")
                if not any(relative.startswith(a.split(": ", 1)[0]) and a.split(": ", 1)[1] in relative
                           for a in allowed):
                    failures.append(f"lupdate: {relative}")
            committed, current = messages(ts), messages(fresh)
            for key in sorted(current.keys() - committed.keys()):
                failures.append(f"{ts} lacks {key[0]}: {key[1]!r}")
            for key in sorted(committed.keys() - current.keys()):
                failures.append(f"{ts} keeps {key[0]}: {key[1]!r}, which the sources no longer have")
            if os.path.basename(ts).endswith("_en.ts"):
                for key, message in sorted(committed.items()):
                    forms = [f.text for f in message.iter("numerusform")]
                    if message.get("numerus") == "yes" and (len(forms) != 2 or not all(forms)):
                        failures.append(f"{ts}: no English plural forms for {key[0]}: {key[1]!r}")
            print(f"{ts}: {len(committed)} messages, {len(current)} in the sources")
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} problem(s); run `cmake --build <build dir> --target update_translations` "
              "and see docs/translation.md")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
