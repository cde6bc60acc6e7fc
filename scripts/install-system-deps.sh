#!/usr/bin/env bash
# Debian packages the tests need: Chromium (end-to-end tests and PDFs in web mode) and
# poppler-utils (pdftotext/pdftoppm to read PDFs back), the sqlite3 CLI (to prove an encrypted file is
# unreadable, and to make another program's database) and LibreOffice Calc (to reopen the app's CSV files as a
# spreadsheet would). Installs only what is missing.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installerer Debian-pakker: ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
