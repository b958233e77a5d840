// SPDX-License-Identifier: Apache-2.0
/*
 * natstool.c - the NATS side of tests/e2e/test_nats.sh and scripts/bench-ship.sh:
 * a subscriber that writes what it receives, JetStream stream creation and a
 * dump of a stream's messages. Built by those scripts with `cc ... -lnats`.
 *
 *   natstool [OPTS] URL sub SUBJECT OUTFILE   (until SIGINT/SIGTERM)
 *   natstool [OPTS] URL count SUBJECT COUNTFILE (keeps "<messages> <bytes>" there)
 *   natstool [OPTS] URL stream-add NAME SUBJECT
 *   natstool [OPTS] URL stream-dump NAME OUTFILE|-   (prints the message count)
 *   natstool [OPTS] URL js-pub SUBJECT FILE  (each line a JetStream message; its
 *                                              "event_id" is the Nats-Msg-Id, as ship does)
 * OPTS: -c CREDS, -t CA_FILE, -C CERT_FILE -K KEY_FILE (user:password go in the URL).
 */
#include <nats/nats.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	stop = 1;
}

/* Subscribes with no pending limits and says "ready" once the server has it. */
static int subscribe_ready(natsConnection *nc, const char *subject, natsSubscription **s)
{
	if (natsConnection_SubscribeSync(s, nc, subject) != NATS_OK)
		return -1;
	natsSubscription_SetPendingLimits(*s, -1, -1);
	natsConnection_Flush(nc);
	printf("ready\n");
	fflush(stdout);
	return 0;
}

static int sub(natsConnection *nc, const char *subject, const char *path)
{
	natsSubscription *s = NULL;
	FILE *out = fopen(path, "w");
	natsMsg *m;
	natsStatus st;

	if (!out || subscribe_ready(nc, subject, &s))
		return 1;
	while (!stop) {
		st = natsSubscription_NextMsg(&m, s, 200);
		if (st == NATS_TIMEOUT)
			continue;
		if (st != NATS_OK)
			break;
		fprintf(out, "%s\t%.*s\n", natsMsg_GetSubject(m), natsMsg_GetDataLength(m),
			natsMsg_GetData(m));
		fflush(out);
		natsMsg_Destroy(m);
	}
	natsSubscription_Destroy(s);
	fclose(out);
	return 0;
}

/* Counts messages and bytes; rewrites countfile every 100 ms while they come in. */
static int count(natsConnection *nc, const char *subject, const char *path)
{
	unsigned long long n = 0, bytes = 0, last = ~0ull;
	natsSubscription *s = NULL;
	natsMsg *m;
	natsStatus st;
	FILE *f;

	if (subscribe_ready(nc, subject, &s))
		return 1;
	while (!stop) {
		st = natsSubscription_NextMsg(&m, s, 100);
		if (st == NATS_OK) {
			n++;
			bytes += (unsigned long long)natsMsg_GetDataLength(m);
			natsMsg_Destroy(m);
			if (n % 1000)
				continue;
		} else if (st != NATS_TIMEOUT) {
			break;
		}
		if (n != last && (f = fopen(path, "w"))) {
			fprintf(f, "%llu %llu\n", n, bytes);
			fclose(f);
			last = n;
		}
	}
	natsSubscription_Destroy(s);
	return 0;
}

static int stream_add(natsConnection *nc, const char *name, const char *subject)
{
	const char *subjects[] = {subject};
	jsStreamConfig cfg;
	jsCtx *js = NULL;
	jsErrCode jerr = 0;
	natsStatus st;

	jsStreamConfig_Init(&cfg);
	cfg.Name = name;
	cfg.Subjects = subjects;
	cfg.SubjectsLen = 1;
	cfg.Storage = js_FileStorage;
	cfg.Duplicates = 10LL * 60 * 1000000000LL; /* 10 minutes of Nats-Msg-Id window */
	st = natsConnection_JetStream(&js, nc, NULL);
	if (st == NATS_OK)
		st = js_AddStream(NULL, js, &cfg, NULL, &jerr);
	jsCtx_Destroy(js);
	if (st != NATS_OK)
		fprintf(stderr, "natstool: stream-add: %s (%d)\n", nats_GetLastError(NULL), jerr);
	return st != NATS_OK;
}

/* Prints the stream's message count; with a path, also writes every message there
 * (read through an ephemeral consumer: one request per message would be slow). The
 * consumer uses flow control: without it a dump that stalls for a few seconds on a busy
 * machine lets the server queue more than its 64 MiB for this client, which it then
 * cuts off as a slow consumer, and the rest never comes. No client pending limits
 * either, for the same reason. Fails when it could not write them all: a partial dump
 * is no answer. */
static int stream_dump(natsConnection *nc, const char *name, const char *path)
{
	natsSubscription *s = NULL;
	jsStreamInfo *si = NULL;
	jsSubOptions so;
	jsCtx *js = NULL;
	FILE *out = NULL;
	natsMsg *m;
	uint64_t n = 0;
	int rc;

	if (natsConnection_JetStream(&js, nc, NULL) != NATS_OK ||
	    js_GetStreamInfo(&si, js, name, NULL, NULL) != NATS_OK) {
		fprintf(stderr, "natstool: stream-dump: %s\n", nats_GetLastError(NULL));
		return 1;
	}
	printf("%llu\n", (unsigned long long)si->State.Msgs);
	jsSubOptions_Init(&so);
	so.Stream = name;
	so.Config.AckPolicy = js_AckNone;
	so.Config.DeliverPolicy = js_DeliverAll;
	so.Config.FlowControl = true;
	so.Config.Heartbeat = 2LL * 1000000000LL; /* flow control needs heartbeats */
	if (strcmp(path, "-") && si->State.Msgs && (out = fopen(path, "w")) &&
	    js_SubscribeSync(&s, js, si->Config->Subjects[0], NULL, &so, NULL) == NATS_OK &&
	    natsSubscription_SetPendingLimits(s, -1, -1) == NATS_OK) {
		while (n < si->State.Msgs && natsSubscription_NextMsg(&m, s, 10000) == NATS_OK) {
			fprintf(out, "%s\t%.*s\n", natsMsg_GetSubject(m), natsMsg_GetDataLength(m),
				natsMsg_GetData(m));
			natsMsg_Destroy(m);
			n++;
		}
	}
	natsSubscription_Destroy(s);
	if (out)
		fclose(out);
	rc = strcmp(path, "-") && n < si->State.Msgs;
	if (rc)
		fprintf(stderr, "natstool: stream-dump: %llu of %llu messages written: %s\n",
			(unsigned long long)n, (unsigned long long)si->State.Msgs,
			nats_GetLastError(NULL));
	jsStreamInfo_Destroy(si);
	jsCtx_Destroy(js);
	return rc;
}

/* Publishes every line of path to subject through JetStream, waiting for each ack. */
static int js_pub(natsConnection *nc, const char *subject, const char *path)
{
	char line[65536], id[64];
	FILE *in = fopen(path, "r");
	jsPubOptions po;
	jsCtx *js = NULL;
	const char *p;
	size_t len;
	int n = 0, rc = 0;

	if (!in || natsConnection_JetStream(&js, nc, NULL) != NATS_OK)
		return 1;
	while (!rc && fgets(line, sizeof(line), in)) {
		len = strcspn(line, "\n");
		line[len] = '\0';
		if (!len)
			continue;
		jsPubOptions_Init(&po);
		p = strstr(line, "\"event_id\":\"");
		if (p && sscanf(p + 12, "%63[^\"]", id) == 1)
			po.MsgId = id;
		if (js_Publish(NULL, js, subject, line, (int)len, &po, NULL) != NATS_OK) {
			fprintf(stderr, "natstool: js-pub: %s\n", nats_GetLastError(NULL));
			rc = 1;
		}
		n++;
	}
	fclose(in);
	jsCtx_Destroy(js);
	printf("%d\n", n);
	return rc;
}

/* Applies -c/-t/-C/-K; returns the index of the URL argument. */
static int parse_opts(natsOptions *o, int argc, char **argv)
{
	const char *cert = NULL, *key = NULL;
	int i = 1;

	while (i + 1 < argc && argv[i][0] == '-' && argv[i][1] && !argv[i][2]) {
		switch (argv[i][1]) {
		case 'c':
			natsOptions_SetUserCredentialsFromFiles(o, argv[i + 1], NULL);
			break;
		case 't':
			natsOptions_SetSecure(o, true);
			natsOptions_LoadCATrustedCertificates(o, argv[i + 1]);
			break;
		case 'C':
			cert = argv[i + 1];
			break;
		case 'K':
			key = argv[i + 1];
			break;
		default:
			return argc;
		}
		i += 2;
	}
	if (cert && key)
		natsOptions_LoadCertificatesChain(o, cert, key);
	return i;
}

int main(int argc, char **argv)
{
	natsConnection *nc = NULL;
	natsOptions *o = NULL;
	int rc = 2, i;

	natsOptions_Create(&o);
	i = parse_opts(o, argc, argv);
	if (argc - i != 4) {
		fprintf(stderr,
			"usage: natstool [OPTS] URL sub|count|stream-add|stream-dump|js-pub ARG ARG\n");
		return 2;
	}
	argv += i - 1;
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	natsOptions_SetURL(o, argv[1]);
	if (natsConnection_Connect(&nc, o) != NATS_OK) {
		fprintf(stderr, "natstool: connect %s: %s\n", argv[1], nats_GetLastError(NULL));
		return 1;
	}
	if (!strcmp(argv[2], "sub"))
		rc = sub(nc, argv[3], argv[4]);
	else if (!strcmp(argv[2], "count"))
		rc = count(nc, argv[3], argv[4]);
	else if (!strcmp(argv[2], "stream-add"))
		rc = stream_add(nc, argv[3], argv[4]);
	else if (!strcmp(argv[2], "stream-dump"))
		rc = stream_dump(nc, argv[3], argv[4]);
	else if (!strcmp(argv[2], "js-pub"))
		rc = js_pub(nc, argv[3], argv[4]);
	natsConnection_Close(nc);
	natsConnection_Destroy(nc);
	natsOptions_Destroy(o);
	return rc;
}
