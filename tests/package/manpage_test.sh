#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the man page true to the program: every command `awb-cli --help` lists has its own .SS entry in
# awb-cli.1, every option it names is described there, and groff renders the page without a warning.
# Usage: manpage_test.sh AWB_CLI MANPAGE
set -euo pipefail
cli=$1
page=$2
help=$("$cli" --help)

# The commands are the first word of the lines indented by two spaces under "Commands:".
mapfile -t commands < <(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/p' | sed -nE 's/^  ([a-z-]+)( .*)?$/\1/p' | sort -u)
if [ "${#commands[@]}" -lt 10 ]; then
    echo "error: found only ${#commands[@]} commands in '$cli --help'; has its layout changed?" >&2
    exit 1
fi
# The options: every --word and -o the help names. In troff source a hyphen is written \-.
mapfile -t options < <(printf '%s\n' "$help" | grep -oE -- '(^|[ [|(])--?[a-z][a-z-]*' | sed -E 's/^[ [|(]//' | sort -u)

problems=0
for command in "${commands[@]}"; do
    troff=${command//-/\\-}
    if ! grep -qE "^\.SS \"?${troff//\\/\\\\}( |\"|$)" "$page"; then
        echo "error: $page has no .SS entry for the command '$command'" >&2
        problems=$((problems + 1))
    fi
done
for option in "${options[@]}"; do
    troff=${option//-/\\-}
    # Whole options only: \-\-k must not be satisfied by \-\-kinds.
    if ! grep -qP -- "\\Q$troff\\E(?![a-z]|\\\\-)" "$page"; then
        echo "error: $page does not describe the option '$option'" >&2
        problems=$((problems + 1))
    fi
done

# -ww: all warnings; -z: no output. Any line on stderr is a warning or an error.
warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1 || echo "groff failed")
if [ -n "$warnings" ]; then
    echo "error: groff reports for $page:" >&2
    echo "$warnings" >&2
    problems=$((problems + 1))
fi

if [ "$problems" -gt 0 ]; then
    exit 1
fi
echo "$page: ${#commands[@]} commands and ${#options[@]} options of '$(basename "$cli") --help' documented; groff clean"
