#!/usr/bin/env bash
# Adds the licence header (SPDX, REUSE style) to every source file that lacks one:
#   // SPDX-FileCopyrightText: 2026 InBeeld contributors
#   // SPDX-License-Identifier: EUPL-1.2
# on .cpp/.h under core/ ui/ app/ tests/, and the same with "#" on CMake, shell and Python files
# (after a "#!" line). Idempotent: a file that already names an SPDX licence is left alone.
#   packaging/add-spdx-headers.sh [SOURCE_DIR]           add the headers
#   packaging/add-spdx-headers.sh --check [SOURCE_DIR]   list the files without one; exit 1 if any
set -euo pipefail

check=0
if [ "${1:-}" = "--check" ]; then
    check=1
    shift
fi
root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cd "$root"

copyright="SPDX-FileCopyrightText: 2026 InBeeld contributors"
licence="SPDX-License-Identifier: EUPL-1.2"

source_files() {
    # C++ under the four source trees; CMake, shell and Python files anywhere in the tree.
    # Build folders (build*/), git data and third-party test data are not ours to mark.
    find core ui app tests -type f \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null
    find . \( -path './build*' -o -path './.git' -o -path '*/testdata' -o -path '*/corpus' \) -prune -o \
        -type f \( -name 'CMakeLists.txt' -o -name '*.cmake' -o -name '*.sh' -o -name '*.py' -o -name '*.bash' \) \
        -print | sed 's|^\./||'
}

files_without_header() {
    # One grep over all files (a file per process is slow on a loaded machine).
    source_files | sort -u | tr '\n' '\0' | xargs -0 -r grep -L --null -e 'SPDX-License-Identifier:' -- |
        tr '\0' '\n'
}

add_header() { # add_header FILE COMMENT
    local file=$1 c=$2 tmp
    tmp=$(mktemp "${file}.spdx.XXXXXX")
    {
        if head -n 1 "$file" | grep -q '^#!'; then
            head -n 1 "$file"
            printf '%s %s\n%s %s\n' "$c" "$copyright" "$c" "$licence"
            tail -n +2 "$file"
        else
            printf '%s %s\n%s %s\n\n' "$c" "$copyright" "$c" "$licence"
            cat "$file"
        fi
    } >"$tmp"
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
}

missing=0
while IFS= read -r file; do
    [ -s "$file" ] || continue
    if [ $check -eq 1 ]; then
        echo "no SPDX licence header: $file"
        missing=$((missing + 1))
        continue
    fi
    case "$file" in
    *.cpp | *.h) add_header "$file" "//" ;;
    *) add_header "$file" "#" ;;
    esac
    echo "added: $file"
done < <(files_without_header)

if [ $check -eq 1 ] && [ $missing -gt 0 ]; then
    echo "$missing file(s) without an SPDX licence header; run packaging/add-spdx-headers.sh" >&2
    exit 1
fi
exit 0
