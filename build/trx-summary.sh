#!/usr/bin/env bash
# Summarise VSTest .trx result files.
# Usage: build/trx-summary.sh [DIR|FILE ...]      (default: ./TestResults)
#
# Sums the attributes of every <Counters .../> element and prints exactly one
# line on stdout:
#   tests: N passed, M failed[, K skipped]
# where M = failed + error + timeout + aborted, and K = notExecuted (or
# total - executed when notExecuted is absent). Diagnostics go to stderr.
# Exit status: 0 = at least one test passed and none failed,
#              1 = failures or zero passed tests, 2 = no .trx files found.
# Set TRX_SUMMARY_NO_PYTHON=1 to force the grep/sed implementation.
set -euo pipefail

[ $# -gt 0 ] || set -- TestResults

files=()
for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r -d '' f; do files+=("$f"); done \
      < <(find "$arg" -type f -name '*.trx' -print0 | sort -z)
  elif [ -f "$arg" ]; then
    files+=("$arg")
  fi
done

if [ ${#files[@]} -eq 0 ]; then
  echo "trx-summary: no .trx files found in: $*" >&2
  echo "tests: 0 passed, 0 failed"
  exit 2
fi

# Prints "total executed passed failed error timeout aborted notExecuted hasNotExecuted"
sum_python() {
  python3 - "$@" <<'PY'
import re, sys
import xml.etree.ElementTree as ET

KEYS = ["total", "executed", "passed", "failed", "error", "timeout", "aborted", "notExecuted"]
sums = dict.fromkeys(KEYS, 0)
has_not_executed = True
attr_re = re.compile(r'([A-Za-z]+)\s*=\s*"(\d+)"')

def counters_from(path):
    try:
        for el in ET.parse(path).getroot().iter():
            if el.tag == "Counters" or el.tag.endswith("}Counters"):
                return dict(el.attrib)
    except Exception as exc:  # truncated/invalid XML: fall back to a regex
        print("trx-summary: warning: %s: %s (using regex)" % (path, exc), file=sys.stderr)
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        m = re.search(r'<(?:\w+:)?Counters\b([^>]*)>', fh.read())
    return dict(attr_re.findall(m.group(1))) if m else None

for path in sys.argv[1:]:
    c = counters_from(path)
    if c is None:
        print("trx-summary: warning: %s has no <Counters> element" % path, file=sys.stderr)
        continue
    if "notExecuted" not in c:
        has_not_executed = False
    for k in KEYS:
        try:
            sums[k] += int(c.get(k, 0) or 0)
        except ValueError:
            pass

print(" ".join(str(sums[k]) for k in KEYS), 1 if has_not_executed else 0)
PY
}

sum_shell() {
  local f attrs k v
  local -A s=([total]=0 [executed]=0 [passed]=0 [failed]=0 [error]=0 [timeout]=0 [aborted]=0 [notExecuted]=0)
  local has_ne=1
  for f in "$@"; do
    attrs=$(tr '\r\n\t' '   ' < "$f" | grep -o '<\([A-Za-z0-9_]*:\)\{0,1\}Counters[^>]*>' | head -n 1 || true)
    if [ -z "$attrs" ]; then
      echo "trx-summary: warning: $f has no <Counters> element" >&2
      continue
    fi
    case "$attrs" in *notExecuted=*) ;; *) has_ne=0 ;; esac
    while IFS='=' read -r k v; do
      v=${v//\"/}
      case "$k" in
        total|executed|passed|failed|error|timeout|aborted|notExecuted)
          [[ "$v" =~ ^[0-9]+$ ]] && s[$k]=$(( ${s[$k]} + v )) ;;
      esac
    done < <(printf '%s\n' "$attrs" | grep -o '[A-Za-z]*[[:space:]]*=[[:space:]]*"[0-9]*"' | sed 's/[[:space:]]//g')
  done
  echo "${s[total]} ${s[executed]} ${s[passed]} ${s[failed]} ${s[error]} ${s[timeout]} ${s[aborted]} ${s[notExecuted]} $has_ne"
}

result=""
if [ "${TRX_SUMMARY_NO_PYTHON:-0}" != 1 ] && command -v python3 >/dev/null 2>&1; then
  result=$(sum_python "${files[@]}") || result=""
fi
[ -n "$result" ] || result=$(sum_shell "${files[@]}")

read -r total executed passed failed error timeout aborted not_executed has_ne <<<"$result"

failed_all=$(( failed + error + timeout + aborted ))
if [ "$has_ne" = 1 ]; then
  skipped=$not_executed
else
  skipped=$(( total - executed ))
  [ "$skipped" -ge 0 ] || skipped=0
fi

echo "trx-summary: ${#files[@]} file(s): total=$total executed=$executed passed=$passed failed=$failed error=$error timeout=$timeout aborted=$aborted notExecuted=$not_executed" >&2

line="tests: $passed passed, $failed_all failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"

if [ "$failed_all" -gt 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
exit 0
