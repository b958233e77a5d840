# SPDX-License-Identifier: Apache-2.0
# The logtap image: a build stage that compiles the BPF program and the agent from a clean
# tree, and a slim runtime stage with only the shared libraries the agent links.
# Build with `make image` (it makes debian:bookworm-slim with debootstrap when no registry
# can be reached). Run it privileged with the host's PID namespace: see docs/deploy.md.
ARG BASE=debian:bookworm-slim

FROM ${BASE} AS build
WORKDIR /src
COPY scripts/install-deps.sh scripts/install-deps.sh
RUN scripts/install-deps.sh --build && rm -rf /var/lib/apt/lists/*
COPY . .
# Declared after the package layers so that a new version does not invalidate them.
ARG VERSION=0.0.0-dev
ARG COMMIT=unknown
RUN make clean && make -j"$(nproc)" all VERSION="${VERSION}" COMMIT="${COMMIT}"

FROM ${BASE}
RUN apt-get update -q && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
	libbpf1 libelf1 zlib1g libjansson4 libnats3.4 ca-certificates && \
    rm -rf /var/lib/apt/lists/* /var/log/apt /var/log/dpkg.log && \
    mkdir -p /var/lib/logtap /etc/logtap
COPY --from=build /src/build/logtap /usr/bin/logtap
COPY LICENSE /usr/share/doc/logtap/LICENSE
ARG VERSION=0.0.0-dev
ARG COMMIT=unknown
LABEL org.opencontainers.image.title="logtap" \
      org.opencontainers.image.description="eBPF container log capture shipping to NATS" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${COMMIT}" \
      org.opencontainers.image.licenses="Apache-2.0 AND (GPL-2.0-only OR Apache-2.0)"
# One metrics port everywhere: /metrics, /healthz and /readyz.
ENV LOGTAP_METRICS_ADDR=0.0.0.0:9465
EXPOSE 9465
STOPSIGNAL SIGTERM
ENTRYPOINT ["logtap"]
CMD ["agent"]
