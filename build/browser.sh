# shellcheck shell=bash
# Chromium and the CJK fonts the meetings module prints its minutes (PDF) with, from Debian's packages.
# Source this file; do not execute it.
#
#   browser_ensure_installed     apt-install chromium, fonts-noto-cjk and poppler-utils (pdftotext, used by
#                                the tests) where missing; only warns when it cannot, since everything but
#                                the PDF download works without them.

browser_ensure_installed() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ ${#missing[@]} -gt 0 ] || return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "browser.sh: warning: ${missing[*]} missing and not root; minutes PDFs will be unavailable (apt-get install -y ${missing[*]})" >&2
    return 0
  fi
  echo "browser.sh: installing ${missing[*]}" >&2
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }; then
    echo "browser.sh: warning: apt-get install ${missing[*]} failed; minutes PDFs will be unavailable" >&2
  fi
  return 0
}
