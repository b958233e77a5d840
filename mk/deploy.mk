# SPDX-License-Identifier: Apache-2.0
# Packaging targets, included by the Makefile: `make image` (the container image, with a
# locally made Debian base where no registry answers), `make install` / `make uninstall`
# (PREFIX, DESTDIR, SYSCONFDIR, SYSTEMDUNITDIR as usual).

VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo 0.0.0-dev)
DOCKER ?= $(shell test -x /usr/bin/docker && echo /usr/bin/docker || echo docker)
IMAGE ?= logtap
PREFIX ?= /usr/local
SYSCONFDIR ?= /etc
SYSTEMDUNITDIR ?= $(PREFIX)/lib/systemd/system
BINDIR := $(DESTDIR)$(PREFIX)/bin
MAN8DIR := $(DESTDIR)$(PREFIX)/share/man/man8
COMPLETIONDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
UNITDIR := $(DESTDIR)$(SYSTEMDUNITDIR)
CONFDIR := $(DESTDIR)$(SYSCONFDIR)/logtap

.PHONY: image install uninstall

# dockerd runs without its default bridge here: RUN steps use the host's network.
image:
	DOCKER="$(DOCKER)" scripts/make-base-image.sh
	$(DOCKER) build --network host --build-arg VERSION="$(VERSION)" \
		-t $(IMAGE):$(VERSION) -t $(IMAGE):latest .

# The unit names the binary by its installed path.
install: $(BUILD)/logtap
	install -D -m 0755 $(BUILD)/logtap $(BINDIR)/logtap
	install -D -m 0644 docs/logtap.8 $(MAN8DIR)/logtap.8
	install -D -m 0644 deploy/completion/logtap.bash $(COMPLETIONDIR)/logtap
	install -D -m 0644 deploy/logtap.conf.example $(CONFDIR)/logtap.conf.example
	install -d $(UNITDIR)
	sed -e 's|/usr/local/bin/logtap|$(PREFIX)/bin/logtap|g' \
		-e 's|/etc/logtap/|$(SYSCONFDIR)/logtap/|g' \
		deploy/systemd/logtap.service > $(UNITDIR)/logtap.service
	chmod 0644 $(UNITDIR)/logtap.service

uninstall:
	rm -f $(BINDIR)/logtap $(MAN8DIR)/logtap.8 $(COMPLETIONDIR)/logtap \
		$(CONFDIR)/logtap.conf.example $(UNITDIR)/logtap.service
	rmdir $(CONFDIR) 2>/dev/null || true
