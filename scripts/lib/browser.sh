# shellcheck shell=bash
# The browser of the end-to-end suite's browser stories (e2e support/Browser): the machine's Chromium and its
# chromedriver, Debian's packages chromium and chromium-driver. Selenium is given both paths and downloads nothing.
# Installed with apt-get when missing and running as root, as PostgreSQL is (postgres.sh).

: "${CHROMIUM:=/usr/bin/chromium}"
: "${CHROMEDRIVER:=/usr/bin/chromedriver}"
export CHROMIUM CHROMEDRIVER

browser_present() { [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]]; }

# Makes sure Chromium and chromedriver are there before the end-to-end suite runs (as root: installs them).
ensure_browser() {
  browser_present && return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    install_browser
    browser_present || die "chromium and chromium-driver are installed, but $CHROMIUM or $CHROMEDRIVER is missing" \
      "(set CHROMIUM and CHROMEDRIVER to the browser and its driver)"
  else
    die "the end-to-end suite's browser stories need Chromium and its driver at $CHROMIUM and $CHROMEDRIVER." \
      "Install them (Debian: sudo apt-get install -y chromium chromium-driver), or set CHROMIUM and CHROMEDRIVER"
  fi
}

# Root only: Debian's Chromium and the chromedriver of the same version.
install_browser() {
  say "Chromium or chromedriver is missing; installing Debian's chromium and chromium-driver (apt-get)"
  mkdir -p "$LOG_DIR"
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; } \
      >"$LOG_DIR/apt-chromium.log" 2>&1; then
    die "apt-get install chromium chromium-driver failed; see .local/logs/apt-chromium.log"
  fi
}
