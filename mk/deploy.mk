# SPDX-License-Identifier: Apache-2.0
# Packaging targets, included by the Makefile: `make image` (the container image, with a
# locally made Debian base where no registry answers), `make install` / `make uninstall`
# (PREFIX, DESTDIR, SYSCONFDIR, SYSTEMDUNITDIR as usual).

VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo 0.0.0-dev)
COMMIT ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
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

# RUN steps use the host's network (dockerd may run without its default bridge). The build
# stage is kept as $(IMAGE)-build:latest, the layer cache of the next build; the one it
# replaces is removed rather than left dangling.
image:
	DOCKER="$(DOCKER)" scripts/make-base-image.sh
	old=$$($(DOCKER) image inspect -f '{{.Id}}' $(IMAGE)-build:latest 2>/dev/null); \
	$(DOCKER) build --network host --build-arg VERSION="$(VERSION)" \
		--build-arg COMMIT="$(COMMIT)" --target build \
		-t $(IMAGE)-build:latest . && \
	$(DOCKER) build --network host --build-arg VERSION="$(VERSION)" \
		--build-arg COMMIT="$(COMMIT)" -t $(IMAGE):$(VERSION) -t $(IMAGE):latest . && \
	if [ -n "$$old" ] && [ "$$old" != "$$($(DOCKER) image inspect -f '{{.Id}}' \
		$(IMAGE)-build:latest)" ]; then $(DOCKER) rmi "$$old" > /dev/null 2>&1 || true; fi

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
