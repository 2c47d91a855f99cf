#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps the user guide true to the repository and the app.

Checks, each failing with the file, line and what is wrong:
  links    every relative link and image in README.md and docs/**/*.md names an existing file, and every
           '#anchor' (in the same file or another Markdown file) names one of its headings;
  pictures every PNG the docs show is one the screenshot tour (ui/screenshottour*.cpp) takes, and every picture
           the tour takes is in docs/screenshots/, so a renamed or dropped screenshot fails here;
  cli      every command and every option that `awb-cli --help` lists appears in docs/cli.md.

Usage: check_docs.py ROOT [--cli AWB_CLI] [--only links|pictures|cli]
"""

import argparse
import pathlib
import re
import subprocess
import sys

LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"`+[^`]*`+")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
PNG_LITERAL = re.compile(r'"([A-Za-z0-9_.-]+\.png)"')


def markdown_files(root):
    files = [root / "README.md"]
    files += sorted((root / "docs").rglob("*.md"))
    return [f for f in files if f.is_file()]


def prose_lines(path):
    """Yields (line number, text) outside fenced code blocks, with inline code removed."""
    fenced = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield number, INLINE_CODE.sub("", line)


def slug(heading):
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading anchors by its text
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        found, seen = set(), {}
        fenced = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if FENCE.match(line):
                fenced = not fenced
                continue
            match = None if fenced else HEADING.match(line)
            if match:
                base = slug(match.group(2))
                count = seen.get(base, 0)
                seen[base] = count + 1
                found.add(base if count == 0 else f"{base}-{count}")
        cache[path] = found
    return cache[path]


def links(path):
    for number, line in prose_lines(path):
        for match in LINK.finditer(line):
            yield number, match.group(1)


def check_links(root):
    problems = []
    for md in markdown_files(root):
        for number, target in links(md):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto:
                continue
            file_part, _, anchor = target.partition("#")
            dest = (md.parent / file_part).resolve() if file_part else md
            where = f"{md.relative_to(root)}:{number}"
            if not dest.exists():
                problems.append(f"{where}: link to {target}: {file_part} does not exist")
                continue
            if anchor and dest.suffix == ".md" and anchor not in anchors(dest):
                problems.append(f"{where}: link to {target}: {dest.name} has no heading with the anchor #{anchor}")
    return problems


def tour_pictures(root):
    names = set()
    for source in sorted((root / "ui").glob("screenshottour*.cpp")):
        names.update(PNG_LITERAL.findall(source.read_text(encoding="utf-8")))
    return names


def check_pictures(root):
    problems = []
    taken = tour_pictures(root)
    if not taken:
        return ["ui/screenshottour*.cpp: no screenshot names found"]
    for md in markdown_files(root):
        for number, target in links(md):
            name = target.partition("#")[0]
            if name.endswith(".png") and "screenshots/" in name and pathlib.PurePosixPath(name).name not in taken:
                problems.append(f"{md.relative_to(root)}:{number}: {name} is not a picture the screenshot tour "
                                f"takes (ui/screenshottour*.cpp)")
    shots = root / "docs" / "screenshots"
    present = {p.name for p in shots.glob("*.png")}
    for name in sorted(taken - present):
        problems.append(f"docs/screenshots/{name}: the tour takes it but it is missing; run scripts/screenshots")
    for name in sorted(present - taken):
        problems.append(f"docs/screenshots/{name}: no script takes this picture; remove it or add it to the tour")
    return problems


def cli_words(help_text):
    """The commands (first word of each usage line) and every --option and -o the help names."""
    commands, options = set(), set()
    in_commands = False
    for line in help_text.splitlines():
        if line.startswith("Commands:"):
            in_commands = True
            continue
        if in_commands and re.match(r"^  [a-z-]", line):
            commands.add(line.split()[0])
        options.update(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-o)(?![\w-])", line))
    commands.discard("--version")
    options.add("--version")
    return commands, options


def check_cli(root, cli):
    if not cli:
        return ["--cli was not given: cannot read awb-cli --help"]
    run = subprocess.run([cli, "--help"], capture_output=True, text=True, check=False)
    if run.returncode != 0 or "Commands:" not in run.stdout:
        return [f"{cli} --help failed (exit {run.returncode}): {run.stderr.strip()}"]
    commands, options = cli_words(run.stdout)
    if len(commands) < 5:
        return [f"{cli} --help: could not read its command list"]
    doc = (root / "docs" / "cli.md").read_text(encoding="utf-8")
    problems = []
    for command in sorted(commands):
        if not re.search(rf"^#+ .*`{re.escape(command)}`", doc, re.MULTILINE):
            problems.append(f"docs/cli.md: no section heading names the command `{command}`")
    for option in sorted(options):
        if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", doc):
            problems.append(f"docs/cli.md: the option {option} of awb-cli --help is not described")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=pathlib.Path)
    parser.add_argument("--cli")
    parser.add_argument("--only", choices=["links", "pictures", "cli"])
    args = parser.parse_args()
    root = args.root.resolve()
    checks = {"links": lambda: check_links(root), "pictures": lambda: check_pictures(root),
              "cli": lambda: check_cli(root, args.cli)}
    problems = []
    for name, check in checks.items():
        if args.only in (None, name):
            problems += check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
