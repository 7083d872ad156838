#!/usr/bin/env bash
# Bootstrap the host toolchain into .toolchain/ (see docs/toolchain.rst).
#
# What comes out:
#   .toolchain/bin/hostpython   a Python 2.7 (PyPy preferred) with rpython,
#                               pytest 4.6 and py on its path
#   .toolchain/rpython/         rpython==0.2.1, unpacked from its sdist
#   .toolchain/site/            pytest 4.6 and its dependencies (pure wheels)
#   .toolchain/lib-python/      CPython 3.11's pure-Python standard library
#   .toolchain/lib-python/test  CPython 3.11's regression tests
#   .toolchain/stamp            written last; its presence makes a rerun a no-op
#
# Nothing is installed system-wide: Debian packages are fetched with
# `apt-get download` through a private apt state derived from the machine's
# own sources, and unpacked with `dpkg -x`.  Every failure names what is
# missing and exits non-zero.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/.." && pwd)
TC="$TOP/.toolchain"
STAMP_VERSION=4

if [ -f "$TC/stamp" ] && [ "$(cat "$TC/stamp")" = "$STAMP_VERSION" ]; then
    exit 0
fi

die() { echo "toolchain: error: $*" >&2; exit 1; }
say() { echo "toolchain: $*" >&2; }

mkdir -p "$TC/dl" "$TC/bin"

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is not on PATH ($2)"; }
need python3 "needed to fetch packages from PyPI with pip"
need apt-get "needed to fetch Debian packages"
need dpkg "needed to unpack Debian packages"

# ---------------------------------------------------------------- apt, privately
APT="$TC/apt"
apt_private() {
    apt-get -q -o Dir::Etc::SourceList=/dev/null \
        -o Dir::Etc::SourceParts="$APT/sources" \
        -o Dir::State::Lists="$APT/lists" \
        -o Dir::Cache="$APT/cache" \
        -o Dir::State::status=/var/lib/dpkg/status \
        -o Debug::NoLocking=1 -o APT::Sandbox::User=root "$@"
}
apt_ready=no
apt_prepare() {
    [ "$apt_ready" = yes ] && return 0
    local src=""
    for f in /etc/apt/sources.list.d/debian.sources; do
        [ -f "$f" ] && src="$f"
    done
    [ -n "$src" ] || die "no /etc/apt/sources.list.d/debian.sources to derive Debian 11/12 sources from"
    mkdir -p "$APT/sources" "$APT/lists/partial" "$APT/cache/archives/partial"
    # Debian 12 as the machine has it, and Debian 11 by renaming the suites.
    cp "$src" "$APT/sources/bookworm.sources"
    sed -e 's/bookworm-security/bullseye-security/g' \
        -e 's/bookworm-updates/bullseye-updates/g' \
        -e 's/bookworm/bullseye/g' "$src" > "$APT/sources/bullseye.sources"
    say "apt-get update (private state in $APT)"
    apt_private update >/dev/null || die "apt-get update failed: cannot reach Debian's package registry"
    apt_ready=yes
}
# deb_fetch SUITE PKG...: download the .deb files and unpack them into $TC/debroot
deb_fetch() {
    local suite=$1; shift
    apt_prepare
    local args=()
    for p in "$@"; do args+=("$p/$suite"); done
    (cd "$TC/dl" && apt_private download "${args[@]}" >/dev/null) \
        || die "could not download Debian packages: $* (from $suite)"
    for p in "$@"; do
        local deb
        deb=$(ls "$TC/dl/${p}_"*.deb 2>/dev/null | head -n 1)
        [ -n "$deb" ] || die "downloaded package $p not found in $TC/dl"
        dpkg -x "$deb" "$TC/debroot" || die "could not unpack $deb"
    done
}

# ---------------------------------------------------------------- host Python 2.7
is_py27() { "$@" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (2, 7) else 1)' >/dev/null 2>&1; }

host=""
host_ld=""
if command -v pypy >/dev/null 2>&1 && is_py27 pypy; then
    host=$(command -v pypy)
elif command -v python2.7 >/dev/null 2>&1 && is_py27 python2.7; then
    host=$(command -v python2.7)
else
    if [ ! -x "$TC/debroot/usr/bin/pypy" ]; then
        say "no Python 2.7 on PATH: fetching PyPy 2.7 from Debian 11"
        deb_fetch bullseye pypy pypy-lib libffi7
    fi
    # PyPy's hashlib (used by pytest) wants OpenSSL 1.1
    if [ ! -e "$TC/debroot/usr/lib/x86_64-linux-gnu/libssl.so.1.1" ]; then
        deb_fetch bullseye libssl1.1
    fi
    host="$TC/debroot/usr/lib/pypy/bin/pypy"
    [ -x "$host" ] || host="$TC/debroot/usr/bin/pypy"
    host_ld="$TC/debroot/usr/lib/x86_64-linux-gnu"
    LD_LIBRARY_PATH="$host_ld" is_py27 "$host" || die "unpacked PyPy 2.7 at $host does not run"
fi
say "host Python 2.7: $host"

# ---------------------------------------------------------------- rpython
if [ ! -f "$TC/rpython/rpython/__init__.py" ]; then
    say "fetching rpython==0.2.1 from PyPI"
    python3 -m pip download -q --no-deps --no-binary=:all: -d "$TC/dl" rpython==0.2.1 \
        || die "pip could not download rpython==0.2.1"
    rm -rf "$TC/rpython.tmp" && mkdir -p "$TC/rpython.tmp"
    tar -xzf "$TC/dl/rpython-0.2.1.tar.gz" -C "$TC/rpython.tmp" || die "could not unpack rpython sdist"
    rm -rf "$TC/rpython" && mv "$TC/rpython.tmp/rpython-0.2.1" "$TC/rpython" && rm -rf "$TC/rpython.tmp"
fi

# ---------------------------------------------------------------- pytest for the host
SITE_PKGS="pytest==4.6.11 py==1.11.0 pluggy==0.13.1 attrs==21.4.0 six==1.17.0
more-itertools==5.0.0 atomicwrites==1.4.0 packaging==20.9 pyparsing==2.4.7
wcwidth==0.2.13 funcsigs==1.0.2 pathlib2==2.3.7.post1 importlib-metadata==1.7.0
zipp==1.2.0 contextlib2==0.6.0.post1 configparser==4.0.2 typing==3.10.0.0
backports.functools_lru_cache==1.6.4"
if [ ! -f "$TC/site/.complete" ] || [ ! -f "$TC/site/backports/functools_lru_cache.py" ]; then
    say "fetching pytest 4.6 and its dependencies for Python 2.7 from PyPI"
    mkdir -p "$TC/dl/wheels" "$TC/site"
    # shellcheck disable=SC2086
    python3 -m pip download -q --no-deps --only-binary=:all: --python-version 2.7 \
        --implementation py --abi none --platform any -d "$TC/dl/wheels" $SITE_PKGS \
        || die "pip could not download the pytest wheels for Python 2.7"
    for whl in "$TC/dl/wheels"/*.whl; do
        python3 -m zipfile -e "$whl" "$TC/site" || die "could not unpack $whl"
    done
    python3 -m pip download -q --no-deps --no-binary=:all: --no-build-isolation \
        -d "$TC/dl" scandir==1.10.0 >/dev/null 2>&1 \
        || python3 -m pip download -q --no-deps --no-binary=:all: -d "$TC/dl" scandir==1.10.0 \
        || die "pip could not download scandir==1.10.0"
    tar -xzf "$TC/dl/scandir-1.10.0.tar.gz" -C "$TC/dl" scandir-1.10.0/scandir.py \
        || die "could not unpack scandir"
    cp "$TC/dl/scandir-1.10.0/scandir.py" "$TC/site/"
    touch "$TC/site/.complete"
fi

# ---------------------------------------------------------------- CPython 3.11 stdlib
if [ ! -f "$TC/lib-python/os.py" ] || [ ! -d "$TC/lib-python/test" ]; then
    say "fetching CPython 3.11's standard library and tests from Debian 12"
    deb_fetch bookworm libpython3.11-minimal libpython3.11-stdlib libpython3.11-testsuite
    rm -rf "$TC/lib-python"
    cp -a "$TC/debroot/usr/lib/python3.11" "$TC/lib-python" \
        || die "the Debian packages did not hold usr/lib/python3.11"
    [ -f "$TC/lib-python/os.py" ] || die "CPython 3.11's os.py is missing after unpacking"
fi

# ---------------------------------------------------------------- the wrapper
cat > "$TC/bin/hostpython" <<WRAP
#!/bin/sh
# Generated by translator/toolchain.sh: the Python 2.7 host with rpython and pytest.
${host_ld:+LD_LIBRARY_PATH="$host_ld\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"; export LD_LIBRARY_PATH}
PYTHONPATH="$TOP:$TC/rpython:$TC/site\${PYTHONPATH:+:\$PYTHONPATH}"; export PYTHONPATH
exec "$host" "\$@"
WRAP
chmod +x "$TC/bin/hostpython"
"$TC/bin/hostpython" -c 'import rpython, pytest, py' || die "the host cannot import rpython/pytest/py"

echo "$STAMP_VERSION" > "$TC/stamp"
say "ready ($("$TC/bin/hostpython" -c 'import sys; print(sys.version.split()[0] + " " + getattr(sys, "pypy_version_info", ("cpython",))[0].__str__())' 2>/dev/null))"
