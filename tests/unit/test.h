/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test.h - the unit test harness: each test_<stage>.c defines tests with
 * TEST(name), lists them in main with RUN(name), and ends with TEST_END().
 * Output lines "PASS: <file> <name>", "FAIL: ..." are counted by tests/run.sh.
 */
#ifndef LOGTAP_TEST_H
#define LOGTAP_TEST_H

#include <stdio.h>
#include <string.h>

static int test_failed_checks; /* failed checks in the current test */
static int test_passed, test_failed;

#define CHECK(cond)                                                                        \
	do {                                                                               \
		if (!(cond)) {                                                             \
			fprintf(stderr, "  check failed %s:%d: %s\n", __FILE__, __LINE__, \
				#cond);                                                    \
			test_failed_checks++;                                              \
		}                                                                          \
	} while (0)

#define CHECK_STR(a, b)                                                                    \
	do {                                                                               \
		const char *a_ = (a), *b_ = (b);                                           \
		if (!a_ || !b_ || strcmp(a_, b_)) {                                        \
			fprintf(stderr, "  check failed %s:%d: \"%s\" != \"%s\"\n",       \
				__FILE__, __LINE__, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
			test_failed_checks++;                                              \
		}                                                                          \
	} while (0)

#define TEST(name) static void name(void)

#define RUN(name)                                                                          \
	do {                                                                               \
		test_failed_checks = 0;                                                    \
		name();                                                                    \
		if (test_failed_checks) {                                                  \
			printf("FAIL: %s %s\n", __FILE__, #name);                          \
			test_failed++;                                                     \
		} else {                                                                   \
			printf("PASS: %s %s\n", __FILE__, #name);                          \
			test_passed++;                                                     \
		}                                                                          \
		fflush(stdout);                                                            \
	} while (0)

#define TEST_END() return test_failed ? 1 : 0

#endif
