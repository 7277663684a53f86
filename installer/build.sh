#!/usr/bin/env bash
# Builds the Linkwell installer for the operating system this runs on, with jpackage:
#   Linux   -> an app-image folder and a .deb
#   macOS   -> a .dmg
#   Windows -> a .msi (needs WiX Toolset 3 on PATH; run this script in Git Bash, or use build.ps1)
# JavaFX jars are per OS, so each installer must be built on its own OS (see
# .github/workflows/installers.yml for the CI matrix). Output: target/installer/dist/.
#
# Options (environment):
#   SKIP_MAVEN=1     reuse target/linkwell.jar instead of running "mvn package" first
#   TYPES="deb"      build only these package types (default: every type for this OS)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

case "$(uname -s)" in
  Linux*) os=linux; types_default="app-image deb" ;;
  Darwin*) os=macos; types_default="dmg" ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; types_default="msi" ;;
  *) echo "unsupported system: $(uname -s)" >&2; exit 1 ;;
esac
types="${TYPES:-$types_default}"
resources="installer/$os"

for tool in jpackage jlink jdeps; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found: install a full JDK 17 (not a JRE)" >&2; exit 1; }
done

if [ "${SKIP_MAVEN:-0}" != "1" ]; then
  mvn -B -ntp -DskipTests package
fi
jar=target/linkwell.jar
[ -f "$jar" ] || { echo "$jar is missing: run mvn package" >&2; exit 1; }

# The version Maven filtered from the pom into the app: one source for the app and the installer.
version="$(sed -n 's/^version=//p' target/classes/org/linkwell/version.properties | tr -d '\r')"
[ -n "$version" ] || { echo "no version in target/classes/org/linkwell/version.properties" >&2; exit 1; }
# Installers take numbers only: 0.2.0-SNAPSHOT -> 0.2.0.
app_version="${version%%-*}"
# jpackage refuses a macOS bundle version starting with 0 (an old Apple rule it still enforces):
# the bundle says 1.minor.patch, the app (Help -> About) and the .dmg's file name keep the real one.
package_version="$app_version"
if [ "$os" = macos ] && [ "${app_version%%.*}" = "0" ]; then
  package_version="1.${app_version#*.}"
fi

work=target/installer
rm -rf "$work"
mkdir -p "$work/input" "$work/dist"
cp "$jar" "$work/input/"

# A trimmed runtime: the modules the jar needs, plus those found only at run time
# (French dates and numbers, TLS with EC keys, extra charsets for CSV files, JMX for logback).
echo "finding the modules the app needs (jdeps)..."
modules="$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 "$jar" | tail -1 | tr -d '\r')"
modules="$(echo "$modules,jdk.localedata,jdk.crypto.ec,jdk.charsets,java.naming,java.management,jdk.zipfs" \
  | tr ',' '\n' | sort -u | paste -sd, -)"
echo "modules: $modules"
jlink --add-modules "$modules" --include-locales=en,fr \
  --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$work/runtime"

common=(
  --name Linkwell
  --app-version "$package_version"
  --vendor "Linkwell project"
  --copyright "Copyright the Linkwell contributors. Apache License 2.0."
  --description "Social prescribing case manager for a Community Health Centre"
  --input "$work/input"
  --main-jar linkwell.jar
  --main-class org.linkwell.Main
  --runtime-image "$work/runtime"
  --java-options "-Dfile.encoding=UTF-8"
  --dest "$work/dist"
)
case "$os" in
  linux) icon="$resources/Linkwell.png" ;;
  macos) icon="$resources/Linkwell.icns" ;;
  windows) icon="$resources/Linkwell.ico" ;;
esac
common+=(--icon "$icon")

installer_options=(--file-associations "$resources/lwbackup.properties" --license-file LICENSE)
case "$os" in
  linux) installer_options+=(
      --linux-package-name linkwell
      --linux-deb-maintainer "linkwell@example.org"
      --linux-menu-group "Office;MedicalSoftware;"
      --linux-app-category misc
      # JavaFX's own native code (inside the jar) needs GTK 3; jpackage only sees the runtime's.
      --linux-package-deps "libgtk-3-0"
      # Linkwell.desktop: the menu entry, passing a double-clicked backup file to the app.
      --resource-dir "$resources"
      --linux-shortcut) ;;
  macos) installer_options+=(
      --mac-package-identifier org.linkwell.Linkwell
      --mac-package-name Linkwell
      --resource-dir "$resources") ;;
  windows) installer_options+=(
      --win-menu --win-menu-group Linkwell
      --win-shortcut
      --win-per-user-install
      --win-dir-chooser
      # Fixed forever: lets a newer .msi replace an older one instead of installing beside it.
      --win-upgrade-uuid 5b0f2f7e-3c55-4a8e-9f5b-1d8c6a2e7b41) ;;
esac

for type in $types; do
  echo "building $type..."
  if [ "$type" = app-image ]; then
    jpackage --type app-image "${common[@]}"
  else
    jpackage --type "$type" "${common[@]}" "${installer_options[@]}"
  fi
done

if [ "$os" = macos ] && [ "$package_version" != "$app_version" ]; then
  mv "$work/dist/Linkwell-$package_version.dmg" "$work/dist/Linkwell-$app_version.dmg"
fi

echo "Linkwell $version for $os:"
du -sh "$work/runtime" | sed 's/^/  runtime  /'
for built in "$work"/dist/*; do
  du -sh "$built" | sed 's/^/  /'
done
