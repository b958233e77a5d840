/* SPDX-License-Identifier: Apache-2.0 */
/*
 * syscalls.h - per-architecture syscall numbers (the writes, and the calls that
 * truncate a file) and the registers that hold the syscall number and arguments
 * at sys_exit, for bpf/capture.bpf.c.
 */
#ifndef LOGTAP_SYSCALLS_H
#define LOGTAP_SYSCALLS_H

#if defined(__TARGET_ARCH_x86)
#define LT_NR_WRITE 1
#define LT_NR_PWRITE64 18
#define LT_NR_WRITEV 20
#define LT_NR_PWRITEV 296
#define LT_NR_PWRITEV2 328
#define LT_NR_OPEN 2
#define LT_NR_FTRUNCATE 77
#define LT_NR_CREAT 85
#define LT_NR_OPENAT 257
#define LT_NR_UNSHARE 272
#define LT_NR_SETNS 308
#define LT_NR_OPENAT2 437
#define LT_NR_MMAP 9
#define LT_NR_SENDFILE 40
#define LT_NR_SPLICE 275
#define LT_NR_FALLOCATE 285
#define LT_NR_COPY_FILE_RANGE 326
#define LT_SYSCALL_NR(regs) BPF_CORE_READ((regs), orig_ax)
#define LT_SYSCALL_NR_DIRECT(regs) ((regs)->orig_ax)
#define LT_SYSCALL_ARG1_DIRECT(regs) ((regs)->di)
#define LT_SYSCALL_ARG2_DIRECT(regs) ((regs)->si)
#define LT_SYSCALL_ARG3_DIRECT(regs) ((regs)->dx)
#define LT_SYSCALL_ARG4_DIRECT(regs) ((regs)->r10)
#define LT_SYSCALL_ARG5_DIRECT(regs) ((regs)->r8)
#elif defined(__TARGET_ARCH_arm64)
#define LT_NR_WRITE 64
#define LT_NR_WRITEV 66
#define LT_NR_PWRITE64 68
#define LT_NR_PWRITEV 70
#define LT_NR_PWRITEV2 286
#define LT_NR_OPEN (-1) /* only openat on arm64 */
#define LT_NR_FTRUNCATE 46
#define LT_NR_CREAT (-1)
#define LT_NR_OPENAT 56
#define LT_NR_UNSHARE 97
#define LT_NR_SETNS 268
#define LT_NR_OPENAT2 437
#define LT_NR_MMAP 222
#define LT_NR_SENDFILE 71
#define LT_NR_SPLICE 76
#define LT_NR_FALLOCATE 47
#define LT_NR_COPY_FILE_RANGE 285
#define LT_SYSCALL_NR(regs) BPF_CORE_READ((regs), syscallno)
#define LT_SYSCALL_NR_DIRECT(regs) ((regs)->syscallno)
#define LT_SYSCALL_ARG1_DIRECT(regs) ((regs)->orig_x0)
#define LT_SYSCALL_ARG2_DIRECT(regs) ((regs)->regs[1])
#define LT_SYSCALL_ARG3_DIRECT(regs) ((regs)->regs[2])
#define LT_SYSCALL_ARG4_DIRECT(regs) ((regs)->regs[3])
#define LT_SYSCALL_ARG5_DIRECT(regs) ((regs)->regs[4])
#else
#error "logtap: unsupported architecture; add its syscall numbers to bpf/syscalls.h"
#endif

#endif
