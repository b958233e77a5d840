# SPDX-License-Identifier: Apache-2.0
# logtap: clang -target bpf -> bpftool gen skeleton -> agent linked with libbpf,
# libelf, zlib, jansson and libnats. Everything lands under build/.

ARCH ?= $(shell uname -m)
BPF_ARCH := $(shell uname -m | sed -e 's/x86_64/x86/' -e 's/aarch64/arm64/')
BUILD ?= build
CLANG ?= clang
BPFTOOL ?= $(shell command -v bpftool || echo /usr/sbin/bpftool)
CC ?= cc

CFLAGS ?= -O2 -g
CFLAGS += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wshadow -Wformat=2 \
	  -D_GNU_SOURCE -I$(BUILD) -Iagent
LDLIBS := -lbpf -lelf -lz -ljansson -lnats -lpthread -lm

AGENT_SRCS := $(wildcard agent/*.c)
AGENT_OBJS := $(patsubst agent/%.c,$(BUILD)/agent/%.o,$(AGENT_SRCS))
LIB_OBJS := $(filter-out $(BUILD)/agent/main.o,$(AGENT_OBJS))

# ---- issue 12: agent/reassemble/ holds new files at their final place (issue 9 layout).
# Until the folder move the flat agent/*.c include them by name: -Iagent/reassemble.
# Their unit tests (tests/unit/reassemble/test_*.c) build as build/tests/test_*.
CFLAGS += -Iagent/reassemble
REASM_SRCS := $(wildcard agent/reassemble/*.c)
AGENT_SRCS += $(REASM_SRCS)
AGENT_OBJS += $(patsubst agent/%.c,$(BUILD)/agent/%.o,$(REASM_SRCS))
LIB_OBJS += $(patsubst agent/%.c,$(BUILD)/agent/%.o,$(REASM_SRCS))
REASM_UNIT_SRCS := $(wildcard tests/unit/reassemble/test_*.c)
REASM_HDRS := $(wildcard agent/reassemble/*.h)
# ---- end of the issue 12 block
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))
UNIT_BINS += $(patsubst tests/unit/reassemble/%.c,$(BUILD)/tests/%,$(REASM_UNIT_SRCS))
FUZZ_SRCS := $(wildcard tests/fuzz/fuzz_*.c)
SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all clean test run deps unit asan fuzz bench bench-tools format

all: $(BUILD)/logtap

$(BUILD)/capture.bpf.o: bpf/capture.bpf.c $(wildcard bpf/*.h) vmlinux/$(ARCH)/vmlinux.h
	@mkdir -p $(BUILD)
	$(CLANG) -g -O2 -target bpf -D__TARGET_ARCH_$(BPF_ARCH) -Wall -Wno-unused-function \
		-Ivmlinux/$(ARCH) -Ibpf -c $< -o $@

$(BUILD)/capture.skel.h: $(BUILD)/capture.bpf.o
	$(BPFTOOL) gen skeleton $< name capture_bpf > $@.tmp && mv $@.tmp $@

$(BUILD)/agent/%.o: agent/%.c $(wildcard agent/*.h) bpf/capture.h $(BUILD)/capture.skel.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/logtap: $(AGENT_OBJS)
	$(CC) $(CFLAGS) $^ -o $@ $(LDLIBS)

# Unit tests link every stage but main.o, built with ASan and UBSan.
$(BUILD)/san/%.o: agent/%.c $(wildcard agent/*.h) bpf/capture.h $(BUILD)/capture.skel.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(SAN) -c $< -o $@

SAN_LIB_OBJS := $(patsubst $(BUILD)/agent/%,$(BUILD)/san/%,$(LIB_OBJS))

$(BUILD)/tests/test_%: tests/unit/test_%.c tests/unit/test.h $(SAN_LIB_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(SAN) -Itests/unit $< $(SAN_LIB_OBJS) -o $@ $(LDLIBS)

# issue 12: the reassemble/ unit tests and the new headers as dependencies.
$(BUILD)/tests/test_%: tests/unit/reassemble/test_%.c tests/unit/test.h \
		tests/unit/reassemble/feeder.h $(SAN_LIB_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(SAN) -Itests/unit -Itests/unit/reassemble $< $(SAN_LIB_OBJS) -o $@ $(LDLIBS)
$(AGENT_OBJS) $(SAN_LIB_OBJS): $(REASM_HDRS)

unit: $(UNIT_BINS)

# libFuzzer targets (clang): build/fuzz/fuzz_<name>.
$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(AGENT_SRCS) $(wildcard agent/*.h) $(BUILD)/capture.skel.h
	@mkdir -p $(@D)
	$(CLANG) -std=gnu11 -g -O1 -D_GNU_SOURCE -I$(BUILD) -Iagent -Iagent/reassemble -fsanitize=fuzzer,address,undefined \
		$< $(filter-out agent/main.c,$(AGENT_SRCS)) -o $@ $(LDLIBS)

fuzz: $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRCS))

deps:
	scripts/install-deps.sh

# The two commands of the README.
run:
	scripts/install-deps.sh --check || scripts/install-deps.sh
	$(MAKE) all
	$(BUILD)/logtap agent $(ARGS)

test:
	scripts/install-deps.sh --check || scripts/install-deps.sh
	$(MAKE) all unit fuzz
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

bench-tools: $(BUILD)/bench/writer $(BUILD)/bench/empty_hook

bench: all bench-tools
	scripts/bench-overhead.sh

format:
	clang-format -i agent/*.c agent/*.h bpf/*.c bpf/*.h tests/unit/*.c tests/unit/*.h

clean:
	rm -rf $(BUILD)
