# libopi as a C library: `make` builds it with cargo, `make install` puts it where C
# compilers and pkg-config look for it.
#
#   make
#   make install PREFIX=/usr/local               # as root; then run ldconfig once
#   make install PREFIX=/usr DESTDIR=/tmp/stage  # staged, for building a package
#   make uninstall PREFIX=/usr/local
#
# `install` copies what `make` built, and builds only when nothing is built yet, so that
# `sudo make install` does not need cargo on root's PATH. BUILD_DIR=target/debug installs
# another build instead.
#
# Installed on Linux:
#   $(LIBDIR)/libopi.so.X.Y.Z   the shared library, SONAME libopi.so.X
#   $(LIBDIR)/libopi.so.X       -> libopi.so.X.Y.Z, what programs load at run time
#   $(LIBDIR)/libopi.so         -> libopi.so.X, what `-lopi` finds at link time
#   $(LIBDIR)/libopi.a          the static library
#   $(INCLUDEDIR)/opi.h
#   $(PKGCONFIGDIR)/opi.pc

PREFIX ?= /usr/local
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
DESTDIR ?=

CARGO ?= cargo
RUSTC ?= rustc
INSTALL ?= install
CARGO_TARGET_DIR ?= target
BUILD_DIR ?= $(CARGO_TARGET_DIR)/release

SRC_DIR := $(dir $(lastword $(MAKEFILE_LIST)))
VERSION := $(shell sed -n 's/^version *= *"\(.*\)"/\1/p' '$(SRC_DIR)Cargo.toml' | head -n 1)
MAJOR := $(firstword $(subst ., ,$(VERSION)))

# A program that links libopi.a must also link the system libraries Rust's standard
# library uses; rustc names them for any static library. libopi's own dependencies add
# none (ring, the one with C code, is built into the archive). Without rustc on the PATH,
# as under sudo, the list rustc gives for Linux with glibc stands in.
NATIVE_STATIC_LIBS = $(shell probe=$$(mktemp -d) && \
	$(RUSTC) --crate-type staticlib --crate-name probe --print native-static-libs \
		--out-dir "$$probe" - < /dev/null 2>&1 | sed -n 's/^note: native-static-libs: //p'; \
	rm -rf "$$probe")
LIBS_PRIVATE = $(or $(NATIVE_STATIC_LIBS),-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc)

# opi.pc names its directories relative to ${prefix} where it can, so that
# `pkg-config --define-prefix` can relocate an unpacked tree.
PC_LIBDIR = $(patsubst $(PREFIX)/%,$${prefix}/%,$(LIBDIR))
PC_INCLUDEDIR = $(patsubst $(PREFIX)/%,$${prefix}/%,$(INCLUDEDIR))

.PHONY: all install uninstall

all:
	cd '$(SRC_DIR)' && $(CARGO) build --release

$(BUILD_DIR)/libopi.so $(BUILD_DIR)/libopi.a:
	cd '$(SRC_DIR)' && $(CARGO) build --release

install: $(BUILD_DIR)/libopi.so $(BUILD_DIR)/libopi.a
	$(INSTALL) -d '$(DESTDIR)$(LIBDIR)' '$(DESTDIR)$(INCLUDEDIR)' '$(DESTDIR)$(PKGCONFIGDIR)'
	$(INSTALL) -m 755 '$(BUILD_DIR)/libopi.so' '$(DESTDIR)$(LIBDIR)/libopi.so.$(VERSION)'
	ln -sfn 'libopi.so.$(VERSION)' '$(DESTDIR)$(LIBDIR)/libopi.so.$(MAJOR)'
	ln -sfn 'libopi.so.$(MAJOR)' '$(DESTDIR)$(LIBDIR)/libopi.so'
	$(INSTALL) -m 644 '$(BUILD_DIR)/libopi.a' '$(DESTDIR)$(LIBDIR)/libopi.a'
	$(INSTALL) -m 644 '$(SRC_DIR)include/opi.h' '$(DESTDIR)$(INCLUDEDIR)/opi.h'
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(PC_LIBDIR)|' \
		-e 's|@INCLUDEDIR@|$(PC_INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION)|' \
		-e 's|@LIBS_PRIVATE@|$(LIBS_PRIVATE)|' \
		'$(SRC_DIR)opi.pc.in' > '$(DESTDIR)$(PKGCONFIGDIR)/opi.pc'
	chmod 644 '$(DESTDIR)$(PKGCONFIGDIR)/opi.pc'

uninstall:
	rm -f '$(DESTDIR)$(LIBDIR)/libopi.so.$(VERSION)' '$(DESTDIR)$(LIBDIR)/libopi.so.$(MAJOR)' \
		'$(DESTDIR)$(LIBDIR)/libopi.so' '$(DESTDIR)$(LIBDIR)/libopi.a' \
		'$(DESTDIR)$(INCLUDEDIR)/opi.h' '$(DESTDIR)$(PKGCONFIGDIR)/opi.pc'

# The 1C:Enterprise add-in: $(CARGO_TARGET_DIR)/LibOPI.zip, the library and the
# MANIFEST.XML that 1C reads, to put in a common template (docs/1c.md).
# addin/pack.sh --help tells how to add builds made on Windows.
.PHONY: addin
addin:
	cd '$(SRC_DIR)' && $(CARGO) build --release
	bash '$(SRC_DIR)addin/pack.sh' '$(BUILD_DIR)' '$(CARGO_TARGET_DIR)/LibOPI.zip'

# Every platform's release, built on this Linux machine (docs/platforms.md):
# dist/LibOPI.zip with the add-in for Linux and Windows, 64- and 32-bit, and one archive
# per platform for C and other hosts. platforms/deps.sh checks what each one needs and
# tests/platforms/run.sh tests each on this machine (Windows under Wine).
.PHONY: dist
dist:
	bash '$(SRC_DIR)platforms/dist.sh'
