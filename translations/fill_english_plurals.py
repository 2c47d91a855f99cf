#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills in the English plural forms of every "%n" string of an English .ts file that has none yet.

The source text says "%n incident(s)"; English shows "1 incident" and "2 incidents". Forms already there (written by
hand or in Qt Linguist) are kept. Run by the update_translations target after lupdate (docs/translation.md).
"""
import re
import sys

MESSAGE = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
    r'<translation type="unfinished">\s*(?:<numerusform></numerusform>\s*)*</translation>'
)
# Verb and noun forms a "(s)" sentence needs in the singular.
SINGULAR = ((" are ", " is "), (" were ", " was "), ("countries", "country"))


def forms(source: str) -> tuple[str, str]:
    one = source.replace("(s)", "")
    for plural, singular in SINGULAR:
        one = one.replace(plural, singular)
    return one, source.replace("(s)", "s")


def fill(text: str) -> tuple[str, int]:
    count = 0

    def replace(match: re.Match) -> str:
        nonlocal count
        count += 1
        one, many = forms(match.group("source"))
        return (f"{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n        </translation>")

    return MESSAGE.sub(replace, text), count


def main() -> int:
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            text, count = fill(f.read())
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{path}: filled the English plural forms of {count} message(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
