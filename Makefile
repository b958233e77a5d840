# SPDX-License-Identifier: Apache-2.0
# logtap: clang -target bpf -> bpftool gen skeleton -> agent linked with libbpf,
# libelf, zlib, jansson and libnats. Everything lands under build/; agent/ has one
# folder per pipeline stage and tests/unit mirrors it. V=1 shows the commands.

ARCH ?= $(shell uname -m)
BPF_ARCH := $(shell echo $(ARCH) | sed -e 's/x86_64/x86/' -e 's/aarch64/arm64/')
BUILD ?= build
CLANG ?= clang
BPFTOOL ?= $(shell command -v bpftool || echo /usr/sbin/bpftool)
CC ?= cc
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo 0.0.0-dev)
COMMIT ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)

ifeq ($(V),1)
Q :=
else
Q := @
endif

CFLAGS ?= -O2 -g
CFLAGS += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wshadow -Wformat=2 \
	  -D_GNU_SOURCE -I$(BUILD) -Iagent -Ibpf -MMD -MP
# A build whose kernel/user version differs (tests of the upgrade handover).
ifdef LT_ABI_VERSION_BUMP
CFLAGS += -DLT_ABI_VERSION_BUMP=$(LT_ABI_VERSION_BUMP)
endif
LDLIBS := -lbpf -lelf -lz -ljansson -lnats -lpthread -lm

AGENT_SRCS := $(wildcard agent/*/*.c)
AGENT_OBJS := $(patsubst agent/%.c,$(BUILD)/agent/%.o,$(AGENT_SRCS))
LIB_OBJS := $(filter-out $(BUILD)/agent/cli/main.o,$(AGENT_OBJS))
UNIT_SRCS := $(wildcard tests/unit/*/test_*.c)
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))
FUZZ_SRCS := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BINS := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRCS))
SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all clean test run deps unit asan fuzz bench bench-tools format
.DELETE_ON_ERROR:
.SECONDARY:

all: $(BUILD)/logtap

$(BUILD)/capture.bpf.o: bpf/capture.bpf.c $(wildcard bpf/*.h) vmlinux/$(ARCH)/vmlinux.h
	@mkdir -p $(BUILD)
	@echo "  BPF     $@"
	$(Q)$(CLANG) -g -O2 -target bpf -D__TARGET_ARCH_$(BPF_ARCH) -Wall -Wno-unused-function \
		-Ivmlinux/$(ARCH) -Ibpf -c $< -o $@

$(BUILD)/capture.skel.h: $(BUILD)/capture.bpf.o
	@echo "  SKEL    $@"
	$(Q)$(BPFTOOL) gen skeleton $< name capture_bpf > $@.tmp && mv $@.tmp $@

# The version is compiled into the one file that prints it; the stamp, written as the
# Makefile is read, changes (and main.o is built again) when the commit or dirty state does.
$(BUILD)/agent/cli/main.o $(BUILD)/san/cli/main.o: CFLAGS += \
	-DLOGTAP_VERSION='"$(VERSION)"' -DLOGTAP_COMMIT='"$(COMMIT)"'
$(BUILD)/agent/cli/main.o $(BUILD)/san/cli/main.o: $(BUILD)/version.stamp
$(shell mkdir -p $(BUILD) && echo '$(VERSION) $(COMMIT)' | cmp -s - $(BUILD)/version.stamp || \
	echo '$(VERSION) $(COMMIT)' > $(BUILD)/version.stamp)

# Every object waits for the skeleton (capture.c includes it); header
# dependencies come from the compiler (-MMD).
$(BUILD)/agent/%.o: agent/%.c | $(BUILD)/capture.skel.h
	@mkdir -p $(@D)
	@echo "  CC      $@"
	$(Q)$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/logtap: $(AGENT_OBJS)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $^ -o $@ $(LDLIBS)

# The same objects with ASan and UBSan: unit tests link every stage but main.o,
# and `make asan` links a sanitized logtap for the end-to-end suite.
$(BUILD)/san/%.o: agent/%.c | $(BUILD)/capture.skel.h
	@mkdir -p $(@D)
	@echo "  CC SAN  $@"
	$(Q)$(CC) $(CFLAGS) $(SAN) -c $< -o $@

SAN_OBJS := $(patsubst $(BUILD)/agent/%,$(BUILD)/san/%,$(AGENT_OBJS))
SAN_LIB_OBJS := $(filter-out $(BUILD)/san/cli/main.o,$(SAN_OBJS))

$(BUILD)/tests/%: tests/unit/%.c $(SAN_LIB_OBJS)
	@mkdir -p $(@D)
	@echo "  TEST    $@"
	$(Q)$(CC) $(CFLAGS) $(SAN) -Itests/unit $< $(SAN_LIB_OBJS) -o $@ $(LDLIBS)

unit: $(UNIT_BINS)

$(BUILD)/san/logtap: $(SAN_OBJS)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(SAN) $^ -o $@ $(LDLIBS)

asan: $(BUILD)/san/logtap

# libFuzzer targets (clang): the stages are compiled once with coverage
# instrumentation and linked into each build/fuzz/fuzz_<name>.
FUZZ_CFLAGS := -std=gnu11 -g -O1 -D_GNU_SOURCE -I$(BUILD) -Iagent -Ibpf -MMD -MP \
	       -fsanitize=fuzzer-no-link,address,undefined
FUZZ_OBJS := $(patsubst $(BUILD)/agent/%,$(BUILD)/fuzzobj/%,$(LIB_OBJS))

$(BUILD)/fuzzobj/%.o: agent/%.c | $(BUILD)/capture.skel.h
	@mkdir -p $(@D)
	@echo "  CC FUZZ $@"
	$(Q)$(CLANG) $(FUZZ_CFLAGS) -c $< -o $@

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJS)
	@mkdir -p $(@D)
	@echo "  FUZZ    $@"
	$(Q)$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer $< $(FUZZ_OBJS) -o $@ $(LDLIBS)

fuzz: $(FUZZ_BINS)

-include $(wildcard $(BUILD)/agent/*/*.d $(BUILD)/san/*/*.d $(BUILD)/fuzzobj/*/*.d \
	$(BUILD)/tests/*/*.d $(BUILD)/fuzz/*.d)

deps:
	scripts/install-deps.sh

# The two commands of the README.
run:
	scripts/install-deps.sh --run --check || scripts/install-deps.sh --run
	$(MAKE) all
	$(BUILD)/logtap agent $(ARGS)

test:
	scripts/install-deps.sh --check || scripts/install-deps.sh
	$(MAKE) all asan unit fuzz
	tests/run.sh

# Benchmark helpers: the workload writer and an empty sys_exit hook (the floor).
$(BUILD)/bench/writer: tests/bench/writer.c
	@mkdir -p $(@D)
	$(CC) -O2 -static -o $@ $< 2>/dev/null || $(CC) -O2 -o $@ $<

$(BUILD)/bench/empty.bpf.o: tests/bench/empty.bpf.c vmlinux/$(ARCH)/vmlinux.h
	@mkdir -p $(@D)
	$(CLANG) -g -O2 -target bpf -D__TARGET_ARCH_$(BPF_ARCH) -Ivmlinux/$(ARCH) -c $< -o $@

$(BUILD)/bench/empty.skel.h: $(BUILD)/bench/empty.bpf.o
	$(BPFTOOL) gen skeleton $< name empty_bpf > $@.tmp && mv $@.tmp $@

$(BUILD)/bench/empty_hook: tests/bench/empty_hook.c $(BUILD)/bench/empty.skel.h
	$(CC) -O2 -I$(BUILD)/bench -o $@ $< -lbpf -lelf -lz

$(BUILD)/bench/bench_redact: tests/bench/bench_redact.c $(LIB_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $< $(LIB_OBJS) -o $@ $(LDLIBS)

$(BUILD)/bench/many_writers: tests/bench/many_writers.c
	@mkdir -p $(@D)
	$(CC) -O2 -Wall -o $@ $<

$(BUILD)/bench/prog_lines: tests/bench/prog_lines.c
	@mkdir -p $(@D)
	$(CC) -O2 -Wall -Wextra -o $@ $< -lbpf

bench-tools: $(BUILD)/bench/writer $(BUILD)/bench/empty_hook $(BUILD)/bench/bench_redact \
	$(BUILD)/bench/many_writers $(BUILD)/bench/prog_lines

bench: all bench-tools
	scripts/bench-overhead.sh

format:
	clang-format -i agent/*/*.c agent/*/*.h bpf/*.c bpf/*.h tests/unit/*.h tests/unit/*/*.c

clean:
	rm -rf $(BUILD)

include mk/deploy.mk
