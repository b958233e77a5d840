#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Makes the Dockerfile's base image, debian:bookworm-slim, where no registry can be reached:
# debootstrap --variant=minbase from the Debian mirror apt already uses, slimmed like
# Debian's own slim images (no docs, man pages, locales or apt lists), then `docker import`.
# Does nothing when the image is already present. Usage: make-base-image.sh [--pull]
# (--pull, or BASE_PULL=1, first tries `docker pull` from the configured registry.)
set -eu

IMAGE=${BASE_IMAGE:-debian:bookworm-slim}
SUITE=bookworm
DOCKER=${DOCKER:-docker}
[ "$DOCKER" = docker ] && [ -x /usr/bin/docker ] && DOCKER=/usr/bin/docker

if "$DOCKER" image inspect "$IMAGE" > /dev/null 2>&1; then
	echo "make-base-image: $IMAGE is present"
	exit 0
fi
if [ "${1:-}" = --pull ] || [ -n "${BASE_PULL:-}" ]; then
	timeout 120 "$DOCKER" pull "$IMAGE" && exit 0
	echo "make-base-image: docker pull $IMAGE failed; making it with debootstrap" >&2
fi

# The first Debian mirror in apt's sources (deb822 or one-line format), else deb.debian.org.
mirror() {
	[ -n "${MIRROR:-}" ] && { echo "$MIRROR"; return; }
	m=$(cat /etc/apt/sources.list.d/*.sources 2> /dev/null |
		awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }')
	[ -z "$m" ] && m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2> /dev/null |
		awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }')
	echo "${m:-http://deb.debian.org/debian}"
}

if [ "$(id -u)" != 0 ]; then
	echo "make-base-image: debootstrap needs root" >&2
	exit 1
fi
if ! command -v debootstrap > /dev/null; then
	echo "make-base-image: debootstrap is missing (apt-get install debootstrap)" >&2
	exit 1
fi

MIRROR=$(mirror)
work=$(mktemp -d "${TMPDIR:-/tmp}/logtap-base.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
echo "make-base-image: debootstrap --variant=minbase $SUITE from $MIRROR"
debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" > "$work/debootstrap.log" 2>&1 || {
	tail -n 30 "$work/debootstrap.log" >&2
	exit 1
}
if grep -q " $root/" /proc/mounts; then
	echo "make-base-image: something is still mounted under $root" >&2
	exit 1
fi

# What Debian's slim images exclude, also for every package installed later in the image.
cat > "$root/etc/dpkg/dpkg.cfg.d/docker-slim" << 'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
CFG
cat > "$root/etc/apt/apt.conf.d/docker-clean" << 'CFG'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";
Acquire::GzipIndexes "true"; Acquire::CompressionTypes::Order:: "gz";
APT::Install-Recommends "false";
CFG
rm -f "$root/etc/apt/sources.list"
cat > "$root/etc/apt/sources.list.d/debian.sources" << CFG
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${MIRROR%/debian*}/debian-security
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
CFG
find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "${root:?}/usr/share/man/"* "$root/usr/share/info/"* "$root/usr/share/locale/"* \
	"$root/usr/share/groff/"* "$root/usr/share/lintian/"* \
	"$root/var/lib/apt/lists/"* "$root/var/cache/apt/"*.bin "$root/var/cache/apt/archives/"*.deb \
	"${root:?}/var/cache/debconf/"*-old "${root:?}/var/log/"* "${root:?}/dev/"* "${root:?}/tmp/"* \
	"$root/var/lib/dpkg/"*-old "$root/root/.bash_history"
: > "$root/etc/hostname"
: > "$root/etc/resolv.conf"
echo 'make-base-image: docker import'
tar --numeric-owner -C "$root" -cf - . |
	"$DOCKER" import --change 'CMD ["bash"]' \
		--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
		--message "debootstrap --variant=minbase $SUITE $MIRROR" - "$IMAGE" > /dev/null
"$DOCKER" image ls "$IMAGE"
