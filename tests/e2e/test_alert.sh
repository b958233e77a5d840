#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, `logtap alert` and `logtap tail`: a real nats-server with JetStream and
# KV, a real Alertmanager (Debian's prometheus-alertmanager) whose Slack receiver posts
# to a listener of this test, and events from a real container through the agent, or
# well-formed events published with natstool for the alert logic cases:
# one Slack message per new exception, none for repeats, one surge, no re-alert from
# a second or restarted instance, retries while Alertmanager is down, tail's filters.
source "$(dirname "$0")/lib.sh"
set -u

source "$ROOT/tests/e2e/lib_nats.sh"
CTR=lt-alert-shop
extra_cleanup() { ctr_rm "$CTR"; }
nats_e2e_begin alert nats-server prometheus-alertmanager cc python3 curl
if [ ! -x "$LOGTAP" ] || ! "$LOGTAP" alert --help 2>&1 | grep -q -- --alertmanager-url; then
	skip "alert: $LOGTAP alert is not available yet"
	exit 0
fi

natstool_build alert

AMPORT=$(free_port)
AMURL=http://127.0.0.1:$AMPORT
SLACKPORT=$(free_port)
M1=$(free_port)
M2=$(free_port)
SLACK=$tmp/slack
mkdir -p "$SLACK"

# ---- the parts: nats-server, the Slack listener, Alertmanager -------------------------
nats_start "" || {
	fail "alert: nats-server did not start"
	exit 1
}
stream_add "$tmp/nats.log" "$URL" || {
	fail "alert: the LOGS stream cannot be created"
	exit 1
}

# Each POST body lands in $SLACK/<n>.json: what Alertmanager sent to "Slack".
python3 - "$SLACKPORT" "$SLACK" > "$tmp/slack.log" 2>&1 << 'PY' &
import http.server, os, sys
port, out = int(sys.argv[1]), sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    n = 0
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        H.n += 1
        with open(os.path.join(out, "%04d.tmp" % H.n), "wb") as f:
            f.write(body)
        os.rename(os.path.join(out, "%04d.tmp" % H.n), os.path.join(out, "%04d.json" % H.n))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")
http.server.HTTPServer(("127.0.0.1", port), H).serve_forever()
PY
PIDS+=($!)

cat > "$tmp/am.yml" << EOF
route:
  receiver: slack
  group_by: [alertname, project, fingerprint]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 24h
receivers:
- name: slack
  slack_configs:
  - api_url: http://127.0.0.1:$SLACKPORT/hook
    channel: '#alerts'
    send_resolved: false
    title: '{{ .CommonLabels.alertname }} in {{ .CommonLabels.project }}'
    text: '{{ range .Alerts }}{{ .Annotations.summary }} | project={{ .Labels.project }} | type={{ .Labels.exception_type }} | fp={{ .Labels.fingerprint }} | {{ .Annotations.link }}{{ end }}'
EOF
am_ready() { curl -sf "$AMURL/-/ready" > /dev/null; }
am_start() {
	prometheus-alertmanager --config.file="$tmp/am.yml" --storage.path="$tmp/am" \
		--web.listen-address="127.0.0.1:$AMPORT" --cluster.listen-address= \
		>> "$tmp/am.log" 2>&1 &
	AM_PID=$!
	PIDS+=("$AM_PID")
	wait_until 20 am_ready
}
am_stop() {
	kill -TERM "$AM_PID" 2> /dev/null
	wait "$AM_PID" 2> /dev/null
}
am_config_ok() { amtool check-config "$ROOT/deploy/alertmanager/alertmanager.yml" > "$tmp/amtool.log" 2>&1; }
check "alert: deploy/alertmanager/alertmanager.yml is a valid Alertmanager configuration" \
	am_config_ok
am_start || {
	fail "alert: Alertmanager did not start (see $tmp/am.log)"
	tail -n 20 "$tmp/am.log"
	exit 1
}

cat > "$tmp/rules" << 'EOF'
# project  levels  count  window  severity
surge-*    *       20     1m      critical
quiet-*    *       0      1m      none
*          *       100    5m      warning
EOF

# alert_start NAME METRICS-PORT [args]: an instance of `logtap alert` on the test's parts.
alert_start() {
	local name=$1 mport=$2
	shift 2
	: >> "$tmp/alert-$name.err"
	"$LOGTAP" alert --nats-url "$URL" --stream LOGS --durable logtap-alert \
		--alertmanager-url "$AMURL" --rules "$tmp/rules" --kv-bucket logtap_alert_e2e \
		--repost-interval 2s --resolve-after 5m --metrics-addr "127.0.0.1:$mport" \
		--link-template 'https://grafana.example/explore?fp={fingerprint}&project={project}' \
		"$@" > /dev/null 2>> "$tmp/alert-$name.err" &
	eval "ALERT_$name=$!"
	PIDS+=($!)
	wait_until 20 grep -q 'alert: ready' "$tmp/alert-$name.err" || {
		echo "logtap alert $name did not become ready:" >&2
		tail -n 20 "$tmp/alert-$name.err" >&2
		return 1
	}
}
alert_stop() {
	local pid
	eval "pid=\$ALERT_$1"
	kill -TERM "$pid" 2> /dev/null
	wait "$pid" 2> /dev/null
}
metric() { curl -s "http://127.0.0.1:$1/metrics" | awk -v m="$2" '$1 == m { print $2 }'; }
metric_ge() { [ "$(metric "$1" "$2")" -ge "$3" ] 2> /dev/null; }

# gen PROJECT TYPE MESSAGE FP LEVEL COUNT [KIND]: COUNT well-formed events, one a line.
gen() {
	python3 - "$@" << 'PY'
import datetime, json, sys, uuid
project, typ, msg, fp, level, n = sys.argv[1:7]
kind = sys.argv[7] if len(sys.argv) > 7 else "trace"
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f000Z")
for i in range(int(n)):
    e = {"timestamp": now, "host": "e2e-node", "level": level, "kind": kind,
         "stream": "file", "file": "/var/log/app.log", "pid": 42, "comm": "php-fpm",
         "container_id": "c0ffee" + "0" * 58, "container_name": project + "-web-1",
         "compose_project": project, "compose_service": "web",
         "event_id": uuid.uuid4().hex, "source_type": "logtap"}
    if kind == "trace":
        e.update(message="%s: %s\n  at Shop\\Order->pay()\n  at Shop\\Cart->checkout()" % (typ, msg),
                 exception_type=typ, exception_message=msg, exception_language="php",
                 fingerprint=fp)
    else:
        e["message"] = "%s line %d" % (msg, i)
    print(json.dumps(e))
PY
}
# pub PROJECT [gen args after PROJECT]: generated events into the stream.
pub() {
	local f
	f=$(mktemp --suffix=.jsonl "$tmp/pub.XXXXXX")
	gen "$@" > "$f" && "$NATSTOOL" "$URL" js-pub "logs.default.customer.$1" "$f" > /dev/null
}

# slack_count PYTHON-COND: Slack messages whose title/text satisfy COND (t, x strings).
slack_count() {
	python3 - "$SLACK" "$1" << 'PY'
import glob, json, sys
n = 0
for p in sorted(glob.glob(sys.argv[1] + "/*.json")):
    for a in json.load(open(p)).get("attachments", []):
        t, x = a.get("title", ""), a.get("text", "")
        n += bool(eval(sys.argv[2]))
print(n)
PY
}
slack_is() { [ "$(slack_count "$1")" = "$2" ]; }

alert_start one "$M1" || {
	fail "alert: logtap alert did not start"
	exit 1
}

# ---- a new exception from a real container, through the agent ------------------------
AGENT_OK=
if is_root && docker_up && image_up; then
	mkdir -p "$tmp/app"
	cat > "$tmp/app/boom.py" << 'PY'
import sys, traceback
def pay(order):
    raise ValueError("payment declined for order 4711")
with open("/var/log/shop.log", "a") as log:
    for i in range(int(sys.argv[1])):
        try:
            pay(i)
        except ValueError:
            log.write("ERROR checkout failed\n" + traceback.format_exc())
            log.flush()
PY
	chmod -R a+rX "$tmp/app"
	"$LOGTAP" agent --nats-url "$URL" --jetstream --spool-dir "$tmp/spool" --hostname e2e \
		--container "$CTR" --meta-wait 5 > /dev/null 2> "$tmp/agent.err" &
	AGENT_PID=$!
	PIDS+=("$AGENT_PID")
	if wait_until 30 grep -q 'capture: ready' "$tmp/agent.err" &&
		ctr_run "$CTR" -v "$tmp/app:/app:ro" --label com.docker.compose.project=shopx -- \
			sh -c 'python3 /app/boom.py 1; sleep 600' > /dev/null; then
		AGENT_OK=1
	else
		fail "alert e2e: the agent or the container did not start (see $tmp/agent.err)"
	fi
else
	skip "alert e2e: the container case needs root, dockerd and the test image"
fi
if [ -n "$AGENT_OK" ]; then
	NEWSHOP='t.startswith("LogtapNewException in shopx")'
	check "alert e2e: a new exception in a container gives one Slack message" \
		wait_until 60 slack_is "$NEWSHOP" 1
	check "alert e2e: the message carries type, message and project" \
		test "$(slack_count "$NEWSHOP and 'ValueError: payment declined for order 4711' in x \
			and 'project=shopx' in x and 'type=ValueError' in x \
			and 'fp=' in x and 'grafana.example/explore?fp=' in x")" = 1
	read0=$(metric "$M1" logtap_alert_events_read_total)
	docker exec "$CTR" python3 /app/boom.py 50
	more_read() { metric_ge "$M1" logtap_alert_events_read_total $((read0 + 50)); }
	# the 50 traces read; then a marker exception that must arrive after them proves
	# Alertmanager had its chance to send more
	wait_until 60 more_read
	pub marker-a MarkerError "after the fifty" fp-marker-a error 1
	wait_until 30 slack_is 't.startswith("LogtapNewException in marker-a")' 1
	sleep 3
	check "alert e2e: 50 more of the same exception give no other Slack message" \
		slack_is "$NEWSHOP" 1
	check "alert e2e: the 50 were read, no new alert for them (read $(metric "$M1" logtap_alert_events_read_total))" \
		test "$(metric "$M1" logtap_alert_events_read_total)" -ge $((read0 + 50)) \
		-a "$(metric "$M1" logtap_alert_new_total)" = 2
	kill -TERM "$AGENT_PID" 2> /dev/null
	wait "$AGENT_PID" 2> /dev/null
	ctr_rm "$CTR"
fi

# ---- the alert logic with published events --------------------------------------------
pub shop-b TypeError "Cannot read properties of undefined (reading 'id')" fp-b1 error 1
check "alert: a new exception gives exactly one Slack message with type, message, project" \
	wait_until 30 slack_is "t.startswith('LogtapNewException in shop-b') and \"TypeError: Cannot read properties of undefined (reading 'id')\" in x and 'project=shop-b' in x" 1
pub shop-b TypeError "Cannot read properties of undefined (reading 'id')" fp-b1 error 50
pub surge-c RuntimeError "queue overflow" fp-c1 error 25
check "alert: a surge rule fires LogtapExceptionSurge once" \
	wait_until 30 slack_is "t.startswith('LogtapExceptionSurge in surge-c')" 1
pub surge-c RuntimeError "queue overflow" fp-c1 error 30
pub quiet-d RuntimeError "muted" fp-d1 error 5
pub marker-b MarkerError "after the repeats" fp-marker-b error 1
wait_until 30 slack_is 't.startswith("LogtapNewException in marker-b")' 1
sleep 3
check "alert: 50 repeats and a longer surge give no more messages; a 'none' rule none at all" \
	test "$(slack_count "'shop-b' in t")" = 1 -a "$(slack_count "'surge-c' in t")" = 2 \
	-a "$(slack_count "'quiet-d' in t")" = 0
check "alert: metrics count events read and alerts posted" \
	test "$(metric "$M1" logtap_alert_surge_total)" = 1 \
	-a "$(metric "$M1" logtap_alert_posts_total)" -ge 4 \
	-a "$(metric "$M1" logtap_alert_consumer_lag)" = 0

# ---- a second instance and a restarted one know the fingerprints ----------------------
alert_start two "$M2"
before=$(ls "$SLACK" | wc -l)
total=$(($(metric "$M1" logtap_alert_events_read_total) + 25))
pub shop-b TypeError "Cannot read properties of undefined (reading 'id')" fp-b1 error 20
pub surge-c RuntimeError "queue overflow" fp-c1 warning 5
both_read() {
	local a b
	a=$(metric "$M1" logtap_alert_events_read_total)
	b=$(metric "$M2" logtap_alert_events_read_total)
	[ $((a + b)) -ge "$1" ] 2> /dev/null
}
check "alert: two instances share the durable consumer (25 events read between them)" \
	wait_until 30 both_read "$total"
check "alert: the second instance does not re-alert known fingerprints" \
	test "$(metric "$M2" logtap_alert_new_total)" = 0
alert_stop one
alert_start one "$M1"
pub shop-b TypeError "Cannot read properties of undefined (reading 'id')" fp-b1 error 5
pub marker-c MarkerError "after the restart" fp-marker-c error 1
wait_until 30 slack_is 't.startswith("LogtapNewException in marker-c")' 1
sleep 3
check "alert: after a restart known fingerprints do not alert again" \
	test "$(slack_count "'shop-b' in t")" = 1 \
	-a "$(($(metric "$M1" logtap_alert_new_total) + $(metric "$M2" logtap_alert_new_total)))" = 1
check "alert: only the marker was posted as new meanwhile ($before messages before)" \
	test "$(ls "$SLACK" | wc -l)" = $((before + 1))
alert_stop two

# ---- Alertmanager down for 10 s: retried, delivered after it returns -------------------
am_stop
pub down-e IOError "disk full while writing invoice" fp-e1 critical 1
failing() { metric_ge "$M1" logtap_alert_post_failures_total 1; }
check "alert: posts fail while Alertmanager is down (counted)" wait_until 20 failing
sleep 10
am_start || fail "alert: Alertmanager did not come back"
check "alert: the alert fired while Alertmanager was down arrives after it returns" \
	wait_until 60 slack_is "t.startswith('LogtapNewException in down-e') and 'disk full' in x" 1
alert_stop one

# ---- re-posted while active, resolved after quiet --------------------------------------
# am_active PROJECT: Alertmanager holds a firing (not yet ended) alert for PROJECT.
am_active() {
	curl -s "$AMURL/api/v2/alerts?active=true" | python3 -c '
import json, sys
sys.exit(0 if any(a["labels"].get("project") == sys.argv[1] for a in json.load(sys.stdin)) else 1)' "$1"
}
M3=$(free_port)
alert_start three "$M3" --durable logtap-alert-r --filter-subject logs.default.customer.resolve-f \
	--resolve-after 4s
pub resolve-f KeyError "session expired" fp-f1 error 1
check "alert: the new exception is active in Alertmanager" wait_until 20 am_active resolve-f
resolved() { ! am_active resolve-f && metric_ge "$M3" logtap_alert_resolved_total 1; }
check "alert: after 4 s without it the alert is resolved (posted with endsAt now)" \
	wait_until 30 resolved
check "alert: it was re-posted while active (posts $(metric "$M3" logtap_alert_posts_total))" \
	metric_ge "$M3" logtap_alert_posts_total 3
alert_stop three

# ---- logtap tail: --project X --level error --since 5m shows exactly X's errors --------
pub tail-x ValueError "x error" fp-x1 error 3
pub tail-x ValueError "x info" fp-x2 info 2
pub tail-x - "x line" - error 2 line
pub tail-y ValueError "y error" fp-y1 error 3
expected=$(cat "$tmp"/pub.*.jsonl | python3 -c '
import json, sys
ids = [e["event_id"] for e in map(json.loads, sys.stdin)
       if e["compose_project"] == "tail-x" and e["level"] == "error"]
print(len(ids))')
"$LOGTAP" tail --nats-url "$URL" --project tail-x --level error --since 5m -o json \
	> "$tmp/tail.json" 2> "$tmp/tail.err" &
TAIL_PID=$!
PIDS+=("$TAIL_PID")
wait_until 20 grep -q 'tail: ready' "$tmp/tail.err"
pub tail-x ValueError "x error after start" fp-x1 error 1
pub tail-y ValueError "y error after start" fp-y1 error 1
tail_has() { [ "$(wc -l < "$tmp/tail.json")" -ge "$1" ]; }
wait_until 20 tail_has $((expected + 1))
pub marker-t MarkerError "end of tail" fp-t error 1
sleep 2
kill -INT "$TAIL_PID"
wait "$TAIL_PID"
tail_rc=$?
tail_ok() {
	python3 - "$tmp/tail.json" "$tmp"/pub.*.jsonl << 'PY'
import json, sys
want = {e["event_id"] for p in sys.argv[2:] for e in map(json.loads, open(p))
        if e["compose_project"] == "tail-x" and e["level"] == "error"}
got = [json.loads(l)["event_id"] for l in open(sys.argv[1]) if l.strip()]
sys.exit(0 if sorted(got) == sorted(want) and len(got) == len(set(got)) else 1)
PY
}
check "tail: --project tail-x --level error --since 5m shows exactly tail-x's $((expected + 1)) error events" \
	tail_ok
check "tail: Ctrl-C ends it cleanly with the count on stderr" \
	test "$tail_rc" = 0 -a -n "$(grep "tail: $((expected + 1)) events shown" "$tmp/tail.err")"
"$LOGTAP" tail --nats-url "$URL" --project tail-x --kind trace --grep "x info" --since 5m \
	-o text > "$tmp/tail.txt" 2> "$tmp/tail2.err" &
TAIL_PID=$!
PIDS+=("$TAIL_PID")
text_ok() { [ "$(grep -c 'x info' "$tmp/tail.txt")" = 2 ]; }
wait_until 20 text_ok
kill -INT "$TAIL_PID"
wait "$TAIL_PID"
check "tail: -o text prints capture's text lines (level, container, message)" \
	grep -q '^[0-9T:.-]* info    tail-x-web-1 php-fpm\[42\] /var/log/app.log: ValueError: x info$' \
	"$tmp/tail.txt"
# ---- the NATS permissions of docs/alerting.md and docs/tail.md are enough ---------------
PPORT=$(free_port)
PURL=nats://127.0.0.1:$PPORT
cat > "$tmp/perm.conf" << EOF
listen: 127.0.0.1:$PPORT
jetstream { store_dir: "$tmp/js-perm" }
authorization { users = [
  { user: admin, password: admin }
  { user: alert, password: alert, permissions: {
      publish: [ "\$JS.API.STREAM.INFO.LOGS", "\$JS.API.CONSUMER.DURABLE.CREATE.LOGS.logtap-alert",
        "\$JS.API.CONSUMER.INFO.LOGS.logtap-alert", "\$JS.API.CONSUMER.MSG.NEXT.LOGS.logtap-alert",
        "\$JS.ACK.LOGS.logtap-alert.>", "\$JS.API.STREAM.INFO.KV_logtap_alert_e2e",
        "\$JS.API.STREAM.CREATE.KV_logtap_alert_e2e", "\$KV.logtap_alert_e2e.>",
        "\$JS.API.DIRECT.GET.KV_logtap_alert_e2e.>", "\$JS.API.STREAM.MSG.GET.KV_logtap_alert_e2e" ]
      subscribe: [ "_INBOX.>" ] } }
  { user: tail, password: tail, permissions: {
      publish: [ "\$JS.API.STREAM.NAMES", "\$JS.API.CONSUMER.CREATE.LOGS",
        "\$JS.API.CONSUMER.DELETE.LOGS.>", "\$JS.FC.LOGS.>" ]
      subscribe: [ "logs.default.customer.perm-g", "_INBOX.>" ] } } ] }
EOF
nats_serve "$tmp/perm.conf" "$tmp/perm.log" "$PPORT"
PERM_RC=$?
PIDS+=("$NATS_PID")
if [ "$PERM_RC" = 0 ] &&
	stream_add "$tmp/perm.log" "nats://admin:admin@127.0.0.1:$PPORT"; then
	URL_SAVED=$URL
	URL=nats://admin:admin@127.0.0.1:$PPORT
	M4=$(free_port)
	# a new key, then after a restart the same key: the create and the read-back paths
	alert_start perm "$M4" --nats-url "$PURL" --nats-user alert --nats-password alert
	pub perm-g KeyError "restricted" fp-g1 error 2
	perm_read() { metric_ge "$M4" logtap_alert_events_read_total "$1"; }
	wait_until 20 perm_read 2
	alert_stop perm
	alert_start perm "$M4" --nats-url "$PURL" --nats-user alert --nats-password alert
	pub perm-g KeyError "restricted" fp-g1 error 1
	"$LOGTAP" tail --nats-url "$PURL" --nats-user tail --nats-password tail --project perm-g \
		--since 5m -o json > "$tmp/tail-perm.json" 2> "$tmp/tail-perm.err" &
	TAIL_PID=$!
	PIDS+=("$TAIL_PID")
	perm_tail_done() { [ "$(wc -l < "$tmp/tail-perm.json")" = 3 ]; }
	wait_until 20 perm_tail_done
	kill -INT "$TAIL_PID"
	wait "$TAIL_PID"
	check "permissions: alert reads with the documented permissions after a restart" \
		wait_until 20 perm_read 1
	check "permissions: no violation, one new alert, tail saw the 3 events" \
		test "$(grep -c 'Permissions Violation' "$tmp/perm.log")" = 0 \
		-a "$(cat "$tmp/alert-perm.err" | grep -c 'LogtapNewException fp-g1')" = 1 \
		-a "$(wc -l < "$tmp/tail-perm.json")" = 3
	alert_stop perm
	URL=$URL_SAVED
else
	fail "permissions: the nats-server with users did not start"
fi
exit 0
