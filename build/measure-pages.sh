#!/usr/bin/env bash
# How long each page takes to show (issue 6: "no page needs more than a second to show on the demo data"): the
# browser test EveryPageTests (Debian's Chromium, Release build, the Host on loopback with the demo company) opens
# every page a user reaches five times by address, from navigation to Blazor interactive with nothing loading.
# Prints per user the median and the slowest pages and, with --write-docs, replaces the section in
# docs/performance.md.
#   bash build/measure-pages.sh [--write-docs]
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"

TIMINGS=$(mktemp /tmp/estate-page-timings.XXXXXX)
trap 'rm -f "$TIMINGS"' EXIT
CONFIGURATION=Release ESTATE_PAGE_TIMINGS="$TIMINGS" bash build/test.sh --filter "FullyQualifiedName~EveryPageTests" | tail -3

python3 - "$TIMINGS" "${1:-}" <<'PY'
import re, statistics, subprocess, sys
rows = [line.rstrip('\n').split('\t') for line in open(sys.argv[1]) if line.strip()]
load = open('/proc/loadavg').read().split()[:3]
cpu = subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()
out = ['## Page display times (issue 6)', '',
       f'`bash build/measure-pages.sh`, {cpu} cores, load average at the end {" ".join(load)}. Each page a user reaches (the menu, '
       'then one page of each address shape linked from it or opened by a list\'s first row) opened by address five '
       'times in Debian\'s Chromium: from navigation to Blazor interactive with no indeterminate progress bar left '
       '(Release Host on loopback, demo company). Figures in ms.', '',
       '| user | pages | median of the pages\' medians | slowest page (median) | slowest single opening | pages over 1,000 ms (median) |',
       '|---|---|---|---|---|---|']
slowest = []
for user in dict.fromkeys(r[0] for r in rows):
    mine = [(r[1], float(r[2]), float(r[3])) for r in rows if r[0] == user]
    worst = max(mine, key=lambda m: m[1])
    over = [m for m in mine if m[1] > 1000]
    out.append(f'| {user} | {len(mine)} | {statistics.median(m[1] for m in mine):.0f} | {worst[1]:.0f} ({worst[0]}) | '
               f'{max(m[2] for m in mine):.0f} | {len(over)}{" (" + ", ".join(m[0] for m in over) + ")" if over else ""} |')
    slowest += [(m[1], user, m[0]) for m in mine]
out += ['', 'The five slowest pages: ' + '; '.join(f'{p} {t:.0f} ms ({u})' for t, u, p in sorted(slowest, reverse=True)[:5]) + '.']
section = '\n'.join(out) + '\n'
print(section)
if sys.argv[2] == '--write-docs':
    path = 'docs/performance.md'
    text = open(path).read()
    pattern = re.compile(r'## Page display times \(issue 6\)\n.*?(?=\n## |\Z)', re.S)
    text = pattern.sub(section.rstrip('\n'), text) if pattern.search(text) else text.rstrip('\n') + '\n\n' + section
    open(path, 'w').write(text)
    print(f'written to {path}')
PY
