#!/usr/bin/env bash
# Builds the .deb with cpack, installs it with apt as a user would, checks what it installed (files, --version,
# man page, AppStream and desktop entry), runs the embedded lab from the installed programs only, then removes
# the package and checks that nothing is left. Needs root (CI runs as root) because it installs a package.
#   test-package.sh <build dir> <project version>
# The lab binds only 127.0.33.1.. (this test's loopback range). A trap stops the lab and removes the package
# when anything fails.
set -euo pipefail

build=$1
version=$2
base_address=127.0.33.1

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || fail "this test installs a .deb with apt-get and must run as root (CI does); run ctest -L package as root"
[ -f "$build/CPackConfig.cmake" ] || fail "$build/CPackConfig.cmake is missing: configure the build first"

tmp=$(mktemp -d /tmp/etcd-drill-package.XXXXXX)
lab=$tmp/lab
lab_started=0
package_installed=0
cleanup() {
  status=$?
  if [ "$lab_started" -eq 1 ]; then
    for cli in /usr/bin/etcd-drill-cli "$build/bin/etcd-drill-cli"; do
      if [ -x "$cli" ]; then
        "$cli" lab down --dir "$lab" >/dev/null 2>&1 || true
        break
      fi
    done
  fi
  if [ "$package_installed" -eq 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq etcd-drill >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if dpkg-query -W -f='${Status}' etcd-drill 2>/dev/null | grep -q 'install ok installed'; then
  fail "etcd-drill is already installed on this machine; remove it first (apt-get remove etcd-drill) so the test can check a clean install and removal"
fi

echo "== build what the package holds"
cmake --build "$build" --target etcd-drill etcd-drill-cli etcd-drill-lab-apiserver etcddrill_packaging_files

echo "== cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$tmp/pkg" --config "$build/CPackConfig.cmake") || fail "cpack failed"
debs=("$tmp"/pkg/etcd-drill_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  fail "expected one etcd-drill_*.deb in $tmp/pkg, found: ${debs[*]}"
fi
deb=${debs[0]}
echo "package: $(basename "$deb")"
[[ "$(basename "$deb")" == etcd-drill_${version}_*.deb ]] || fail "package file name does not carry the project version $version"

echo "== control fields"
dpkg-deb -f "$deb" Package Version Section Maintainer Homepage Depends Recommends
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version field is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for p in qt6-qpa-plugins libqt6svg6 libqt6widgets6 libqt6core6; do
  grep -q "\b$p\b" <<<"$depends" || fail "Depends lacks $p: $depends"
done
for p in etcd-server etcd-client haproxy nginx libnginx-mod-stream openssh-client; do
  grep -q "\b$p\b" <<<"$recommends" || fail "Recommends lacks $p: $recommends"
done

echo "== apt would install only etcd-drill (no download)"
export DEBIAN_FRONTEND=noninteractive
sim=$(apt-get -s install -y "$deb" 2>&1) || fail "apt-get -s install failed:
$sim"
extra=$(grep '^Inst ' <<<"$sim" | grep -v '^Inst etcd-drill ' || true)
[ -z "$extra" ] || fail "installing the .deb would pull packages that packaging/install-deps.sh did not install (a Depends/Recommends missing from install-deps.sh?):
$extra"
# The simulation above is the no-download guard: `apt-get install --no-download` cannot install a local .deb
# (apt 2.6: "Pathname to install is not absolute").
package_installed=1
apt-get install -y "$deb" || fail "apt-get install $deb failed"

echo "== installed files"
expected=(
  /usr/bin/etcd-drill
  /usr/bin/etcd-drill-cli
  /usr/bin/etcd-drill-lab-apiserver
  /usr/share/applications/etcd-drill.desktop
  /usr/share/metainfo/io.github.etcd_drill.EtcdDrill.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/etcd-drill.svg
  /usr/share/man/man1/etcd-drill-cli.1.gz
  /usr/share/doc/etcd-drill/README.md
  /usr/share/doc/etcd-drill/LICENSE
  /usr/share/doc/etcd-drill/drill.example.yaml
)
for size in 16 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/etcd-drill.png")
done
listing=$(dpkg -L etcd-drill)
for f in "${expected[@]}"; do
  grep -qxF "$f" <<<"$listing" || fail "dpkg -L etcd-drill does not list $f"
  [ -f "$f" ] || fail "$f is listed but not on disk"
done
for size in 16 32 48 64 128 256; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/etcd-drill.png
  file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done
if grep -q '^/usr/bin/etcd-drill-iconrender$' <<<"$listing"; then
  fail "the build-time icon renderer must not be installed"
fi

echo "== --version and --help"
out=$(/usr/bin/etcd-drill-cli --version)
[ "$out" = "etcd-drill-cli $version" ] || fail "etcd-drill-cli --version printed '$out', expected 'etcd-drill-cli $version'"
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/etcd-drill --version)
[ "$out" = "etcd-drill $version" ] || fail "etcd-drill --version printed '$out', expected 'etcd-drill $version'"
/usr/bin/etcd-drill-cli --help | grep -q 'Commands:' || fail "etcd-drill-cli --help shows no commands"
QT_QPA_PLATFORM=offscreen /usr/bin/etcd-drill --help | grep -q -- '--lab' || fail "etcd-drill --help shows no options"

echo "== man page"
page=$(man -w etcd-drill-cli) || fail "man -w etcd-drill-cli finds no page"
[ "$page" = /usr/share/man/man1/etcd-drill-cli.1.gz ] || fail "man -w found $page"
zcat "$page" | groff -man -Tutf8 -ww -z 2>&1 | { ! grep .; } || fail "groff warns about the man page"
for section in NAME SYNOPSIS DESCRIPTION COMMANDS 'EXIT STATUS' FILES EXAMPLES 'SEE ALSO'; do
  zcat "$page" | grep -q "^\.SH \"\?$section\"\?$" || fail "the man page has no $section section"
done

echo "== AppStream metainfo"
metainfo=/usr/share/metainfo/io.github.etcd_drill.EtcdDrill.metainfo.xml
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo failed"
grep -q "<release version=\"$version\" date=\"[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\"" "$metainfo" ||
  fail "$metainfo has no release $version with a date"

echo "== desktop entry"
desktop=/usr/share/applications/etcd-drill.desktop
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop failed"
else
  echo "note: desktop-file-validate not found (packaging/install-deps.sh installs desktop-file-utils); checking the keys only"
fi
for key in 'Type=Application' 'Name=' 'Name\[zh_CN\]=etcd 高可用演练' 'Comment=' 'Comment\[zh_CN\]=' \
  'Exec=etcd-drill %f' 'Icon=etcd-drill' 'Categories=.*System;' 'Keywords=etcd;kubernetes;drill;'; do
  grep -q "^$key" "$desktop" || fail "$desktop lacks a line matching ^$key"
done

echo "== the embedded lab from the installed programs"
lab_started=1
/usr/bin/etcd-drill-cli lab up --dir "$lab" --base-address "$base_address" || fail "lab up from /usr/bin failed"
/usr/bin/etcd-drill-cli lab status --dir "$lab" || fail "lab status: not every lab process is running"
# `lab up` must have found the apiserver next to /usr/bin/etcd-drill-cli, not the one in the build tree.
apiservers=$(pgrep -f '^/usr/bin/etcd-drill-lab-apiserver ' | wc -l)
[ "$apiservers" -ge 3 ] || fail "expected 3 apiservers running /usr/bin/etcd-drill-lab-apiserver, found $apiservers: $(pgrep -af etcd-drill-lab-apiserver)"
/usr/bin/etcd-drill-cli lab down --dir "$lab" || fail "lab down failed"
set +e
/usr/bin/etcd-drill-cli lab status --dir "$lab" >/dev/null
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "lab status after lab down exited $rc, expected 2 (no lab running)"
lab_started=0

echo "== apt-get remove"
apt-get remove -y etcd-drill || fail "apt-get remove etcd-drill failed"
if dpkg-query -W -f='${Status}' etcd-drill 2>/dev/null | grep -q 'install ok installed'; then
  fail "etcd-drill is still installed after apt-get remove"
fi
package_installed=0
for f in "${expected[@]}"; do
  [ ! -e "$f" ] || fail "$f is still there after apt-get remove"
done
echo "PASS: etcd-drill $version packaged, installed, lab ran from /usr/bin, removed"
