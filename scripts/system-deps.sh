#!/usr/bin/env bash
# Installs the system libraries CLO needs at import/run time (Debian/Ubuntu).
# GDAL/GEOS: django-leaflet imports GeoDjango widgets during admin autodiscovery.
# Pango + fonts: WeasyPrint. poppler-utils: pdftotext for checking PDFs in tests.
# With WITH_BROWSER=1 also Debian's Chromium for the Playwright journeys.
set -eu
pkgs=(libgdal32 libgeos-c1v5 libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core poppler-utils)
[ "${WITH_BROWSER:-0}" = "1" ] && pkgs+=(chromium)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Systeembibliotheken installeren: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Ontbrekende systeembibliotheken: ${missing[*]}" >&2
  echo "Installeer ze met: sudo apt-get install -y ${missing[*]}" >&2
  [ "${CI:-}" = "true" ] && exit 1
  exit 0
fi
