/* SPDX-License-Identifier: Apache-2.0 */
/*
 * event.h - the records that flow between the userspace stages:
 * streams emit struct line, reassemble turns lines into struct event,
 * process/enrich fill in fields, encode and ship consume events.
 */
#ifndef LOGTAP_EVENT_H
#define LOGTAP_EVENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_abi.h"

enum ev_kind {
	EV_KIND_LINE = 0,     /* one log line or record */
	EV_KIND_TRACE = 1,    /* a reassembled exception */
	EV_KIND_DOCUMENT = 2, /* a whole file, e.g. a Flow exception dump */
	EV_KIND_COUNT
};

enum ev_level {
	LVL_UNKNOWN = 0,
	LVL_DEBUG,
	LVL_INFO,
	LVL_NOTICE,
	LVL_WARNING,
	LVL_ERROR,
	LVL_CRITICAL,
	LVL_ALERT,
	LVL_EMERGENCY,
	LVL_COUNT
};

const char *ev_kind_name(enum ev_kind k);
const char *ev_level_name(enum ev_level l);
const char *ev_stream_name(enum lt_stream s);
/* Maps a level word (any case: "WARN", "warning", "E", "FATAL", "err", "crit"...) to a level;
 * LVL_UNKNOWN when the word is not one. */
enum ev_level ev_level_parse(const char *s, size_t n);

/* Who wrote a stream: filled by streams from capture records. */
struct ev_source {
	uint32_t tgid;		/* process id (host pid namespace) */
	uint32_t pid;		/* thread id of the latest write */
	uint64_t cgroup_id;	/* cgroup v2 id of the writer */
	uint64_t mntns;		/* mount namespace inode */
	uint32_t dev;		/* file s_dev */
	uint64_t ino;		/* file inode */
	enum lt_stream stream;	/* file, stdout or stderr */
	char comm[LT_COMM_LEN]; /* thread name, NUL-terminated */
	const char *file;	/* path inside the container; owned by streams, valid while
				 * the writer lives; "" when unknown (stdio) */
};

/* Line flags. */
#define LINE_EOW (1u << 0)	 /* the line ended exactly where a write() ended */
#define LINE_BINARY (1u << 1)	 /* the bytes look binary (NULs, mostly control bytes) */
#define LINE_NOEOL (1u << 2)	 /* flushed without a newline (idle, exit or size cap) */
#define LINE_TRUNCATED (1u << 3) /* bytes of the write were not captured after this */
#define LINE_CUT (1u << 4)	 /* longer than the line cap: the rest follows as more lines */
#define LINE_SOW (1u << 5)	 /* the line started where a write() started */

/* One line from a stream: borrowed, valid during the callback only. */
struct line {
	const struct ev_source *src; /* the writer */
	void **state;		     /* per-writer slot for reassemble; NULL until set; the
				      * stage that stores something there owns it */
	uint64_t ts_ns;		     /* realtime ns of the write that began the line */
	const char *text;	     /* bytes without the line end; NUL-terminated */
	size_t len;		     /* bytes in text */
	uint32_t flags;		     /* LINE_* */
	uint64_t gap_bytes;	     /* bytes lost on this stream just before this line */
	uint64_t origin;	     /* identifies the line's first byte on this boot (its
				      * write's id and offset in it), 0 when unknown */
	uint64_t mark;		     /* the capture poll that read its first byte */
};

/* Container metadata: shared, reference counted, immutable once published. */
struct meta {
	int refs;		 /* owned by meta_ref/meta_unref */
	char *container_id;	 /* full id; all strings owned, NULL when unknown */
	char *container_name;
	char *container_image;
	char *container_runtime; /* docker, containerd, cri-o, podman */
	char *compose_project;
	char *compose_service;
	char *k8s_namespace;
	char *k8s_pod;
	char *k8s_container;
	size_t nlabels;		 /* container or pod labels */
	char **label_keys;	 /* nlabels entries, owned */
	char **label_values;	 /* nlabels entries, owned */
	void *json;		 /* the fields above as JSON, built once by the encoder
				  * (encode.c); set atomically, freed with the meta.
				  * Whoever changes a field of a meta already encoded
				  * calls meta_changed. */
};

/* A new meta with one reference, all fields NULL; NULL with errno on failure. */
struct meta *meta_new(void);
struct meta *meta_ref(struct meta *m);
/* Drops a reference; frees at zero. Accepts NULL. */
void meta_unref(struct meta *m);
/* Drops what was derived from the fields (the encoder's JSON), after a field changed. */
void meta_changed(struct meta *m);
/* Adds a label (copies both strings). 0 or -ENOMEM. */
int meta_add_label(struct meta *m, const char *key, const char *value);

#define EV_ID_LEN 32

/* One event: owns every pointer it holds. */
struct event {
	uint64_t ts_ns;		   /* realtime ns of the first write of the event */
	enum ev_kind kind;
	enum ev_level level;
	enum lt_stream stream;
	uint32_t tgid;		   /* writing process */
	uint32_t pid;		   /* writing thread */
	char comm[LT_COMM_LEN];
	uint64_t cgroup_id;
	uint64_t mntns;
	char *file;		   /* path inside the container, or NULL for stdio */
	char *message;		   /* full text, NUL-terminated, no trailing newline */
	size_t message_len;
	uint32_t lines;		   /* lines in message */
	bool truncated;		   /* the event was cut (caps, max-write, payload size) */
	bool binary;		   /* the bytes looked binary */
	uint64_t gap_bytes;	   /* bytes lost before this event on its stream */
	uint64_t mark;		   /* the capture poll that read its first byte (line.mark) */
	uint32_t redacted;	   /* values the redact stage replaced in message */
	char *exception_type;	   /* for traces and documents; NULL otherwise */
	char *exception_message;
	char *exception_language;  /* java, python, php, flow, node, go, ruby, dotnet */
	char *fingerprint;
	char *exception_ref;	   /* Flow exception dump id */
	char event_id[EV_ID_LEN + 1]; /* unique per event, hex */
	struct meta *meta;	   /* one reference, or NULL (host or unknown) */
};

/* Derives e's event_id from what identifies its first byte on this boot (the boot id,
 * the writer and file, and origin as streams set it), so an event rebuilt from the
 * same records after a restart has the same id; origin 0 keeps the random id. */
void event_set_origin(struct event *e, const struct ev_source *src, uint64_t origin);
/* A zeroed event with a fresh event_id; NULL with errno on failure. */
struct event *event_new(void);
/* event_new, with the event_id of event_set_origin(src, origin) when origin is known:
 * the random id it would replace is not made (a tenth of a microsecond per event). */
struct event *event_new_from(const struct ev_source *src, uint64_t origin);
/* Fills ts, stream, pid, comm, cgroup, mntns and file from a source (copies the path). 0 or -ENOMEM. */
int event_set_source(struct event *e, const struct ev_source *src);
/* Takes ownership of msg (malloc'd, NUL-terminated, len bytes). */
void event_set_message(struct event *e, char *msg, size_t len);
/* Frees the event and everything it owns. Accepts NULL. */
void event_free(struct event *e);

#endif
