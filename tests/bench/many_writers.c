// SPDX-License-Identifier: Apache-2.0
/*
 * many_writers.c - the workload of scripts/bench-stream-memory.sh: WRITERS
 * processes each append one LINE-byte line (no newline with -p: left unfinished)
 * to each of FILES files in DIR, writer i starting after i * STAGGER_US, then stay
 * alive (so their streams stay open) until the parent gets SIGTERM. Prints "ready"
 * once every write is done.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int child(const char *dir, int files, size_t line, int partial, int ready_fd,
		 useconds_t delay)
{
	char path[4096], *buf = malloc(line + 1);
	int f, fd;

	if (!buf)
		return 1;
	usleep(delay);
	memset(buf, 'x', line);
	buf[line] = '\n';
	for (f = 0; f < files; f++) {
		snprintf(path, sizeof(path), "%s/f%d.log", dir, f);
		fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (fd < 0 || write(fd, buf, line + !partial) != (ssize_t)(line + !partial))
			return 1;
		close(fd);
	}
	free(buf);
	if (write(ready_fd, "r", 1) != 1)
		return 1;
	pause();
	return 0;
}

int main(int argc, char **argv)
{
	int writers, files, partial = 0, p[2], i, got = 0, sig;
	pid_t *pids;
	sigset_t set;
	useconds_t stagger;
	size_t line;
	char c;

	if (argc > 1 && !strcmp(argv[1], "-p")) {
		partial = 1;
		argv++;
		argc--;
	}
	if (argc != 5 && argc != 6) {
		fprintf(stderr,
			"usage: many_writers [-p] DIR WRITERS FILES LINE_BYTES [STAGGER_US]\n");
		return 2;
	}
	writers = atoi(argv[2]);
	files = atoi(argv[3]);
	line = (size_t)atol(argv[4]);
	stagger = argc == 6 ? (useconds_t)atol(argv[5]) : 0;
	pids = calloc((size_t)writers, sizeof(*pids));
	if (!pids || pipe(p))
		return 1;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigprocmask(SIG_BLOCK, &set, NULL);
	for (i = 0; i < writers; i++) {
		pid_t pid = fork();

		if (pid < 0)
			break;
		pids[i] = pid;
		if (!pid) {
			sigprocmask(SIG_UNBLOCK, &set, NULL);
			close(p[0]);
			_exit(child(argv[1], files, line, partial, p[1], stagger * (useconds_t)i));
		}
	}
	writers = i;
	close(p[1]);
	while (got < writers && read(p[0], &c, 1) == 1)
		got++;
	printf("ready %d\n", got);
	fflush(stdout);
	sigwait(&set, &sig);
	for (i = 0; i < writers && pids[i] > 0; i++)
		kill(pids[i], SIGTERM);
	while (wait(NULL) > 0)
		;
	free(pids);
	return got == writers ? 0 : 1;
}
