#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, rotation loses nothing: writers in containers log numbered records at a
# steady rate while their files are rotated for real: logrotate (the host's, as a host
# process, with a state file of its own) with copytruncate and with create, Python's
# RotatingFileHandler, logback's RollingFileAppender, and a file deleted and created
# again (after a non-log file freed its inode number, so the new file may get it), and
# logrotate run inside the container, whose copies (app.log.1...) must not be shipped again.
# Every record must arrive once, in order within its file, with no gap, under the
# documented defaults (the kernel copies every write), with --copy-writes, and with
# --read-back for the modes that do not truncate.
set -u
source "$(dirname "$0")/lib.sh"

e2e_prepare "rotation e2e" docker
NAMES="lt-rot-ct lt-rot-cr lt-rot-py lt-rot-del lt-rot-lb lt-rot-in"
e2e_workspace $NAMES

COUNT=${COUNT:-12000} # records per writer
RATE=${RATE:-3000}    # records per second
have() { command -v "$1" > /dev/null; }
LOGBACK=/usr/share/java/logback-classic.jar:/usr/share/java/logback-core.jar
LOGBACK=$LOGBACK:/usr/share/java/slf4j-api.jar

mkdir -p "$T/w"
cp "$ROOT/tests/e2e/rotation_writer.py" "$T/w/"
if have javac && [ -f /usr/share/java/logback-classic.jar ]; then
	javac -cp "$LOGBACK" -d "$T/w" "$ROOT/tests/e2e/RotationLogback.java" > "$T/javac.err" 2>&1
fi
cat > "$T/w/logback.xml" << 'EOF'
<configuration>
  <appender name="F" class="ch.qos.logback.core.rolling.RollingFileAppender">
    <file>/var/log/lb/lb.log</file>
    <rollingPolicy class="ch.qos.logback.core.rolling.FixedWindowRollingPolicy">
      <fileNamePattern>/var/log/lb/lb.%i.log</fileNamePattern>
      <minIndex>1</minIndex>
      <maxIndex>20</maxIndex>
    </rollingPolicy>
    <triggeringPolicy class="ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy">
      <maxFileSize>150KB</maxFileSize>
    </triggeringPolicy>
    <encoder><pattern>%msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="F"/></root>
</configuration>
EOF
chmod -R a+rX "$T/w"

# logrotate_conf DIR MODE: a config rotating DIR/app.log with copytruncate or create.
logrotate_conf() {
	printf '%s/app.log {\n\t%s\n\trotate 20\n\tmissingok\n}\n' "$1" "$2" > "$1.conf"
}

# session NAME MODES [capture flags]: one live capture while the writers of MODES run
# (ct: logrotate copytruncate, cr: logrotate create, py: RotatingFileHandler,
# del: delete and recreate, lb: logback, in: logrotate copytruncate run inside the
# container); logrotate -f runs three times meanwhile.
session() {
	local name=$1 modes=$2 out=$T/$1.json m i lr=()
	shift 2
	capture_start "$out" "$@" || return 1
	ctr_rm $NAMES
	for m in $modes; do
		case $m in
		ct | cr)
			mkdir -p "$T/$name-$m"
			logrotate_conf "$T/$name-$m" "$([ $m = ct ] && echo copytruncate || echo create)"
			lr+=("$T/$name-$m.conf")
			ctr_run lt-rot-$m -v "$T/$name-$m:/var/log/$m" -v "$T/w:/w:ro" -- python3 \
				/w/rotation_writer.py "$([ $m = ct ] && echo plain || echo watched)" \
				/var/log/$m/app.log "$COUNT" "$RATE" > /dev/null
			;;
		py)
			ctr_run lt-rot-py -v "$T/w:/w:ro" -- python3 /w/rotation_writer.py rotating \
				/var/log/py/app.log "$COUNT" "$RATE" > /dev/null
			;;
		del)
			ctr_run lt-rot-del -v "$T/w:/w:ro" -- python3 /w/rotation_writer.py delete \
				/var/log/del/app.log "$COUNT" "$RATE" $((COUNT / 5)) > /dev/null
			;;
		in)
			ctr_run lt-rot-in -v "$T/w:/w:ro" -- sh -c 'mkdir -p /var/log/in
				printf "/var/log/in/app.log {\n\tcopytruncate\n\trotate 20\n}\n" > /tmp/lr.conf
				python3 /w/rotation_writer.py plain /var/log/in/app.log "$0" "$1" & sleep 0.5
				for i in 1 2 3; do
					sleep 1
					logrotate -f -s /tmp/lr.state /tmp/lr.conf || echo "logrotate failed"
				done
				wait' "$COUNT" "$RATE" > /dev/null
			;;
		lb)
			[ -f "$T/w/RotationLogback.class" ] && ctr_run lt-rot-lb -v "$T/w:/w:ro" -- \
				sh -c "mkdir -p /var/log/lb && java -Dlogback.configurationFile=/w/logback.xml \
				-cp $LOGBACK:/w RotationLogback $COUNT $RATE" > /dev/null
			;;
		esac
	done
	for i in 1 2 3; do
		sleep 1
		for m in "${lr[@]}"; do
			logrotate -f -s "$T/$name.state" "$m" 2>> "$T/$name.logrotate.err" ||
				echo "logrotate $m failed" >> "$T/$name.logrotate.err"
		done
	done
	for m in $modes; do
		$DOCKER wait lt-rot-$m > /dev/null 2>&1
	done
	sleep 2
	capture_stop
}

# records JSON PATH: "ok" when the events of PATH hold rec 0 .. COUNT-1 each exactly
# once, in order within each inode the writer named, with no gap; else what is wrong.
records() {
	python3 - "$1" "$2" "$COUNT" << 'PY'
import collections, json, re, sys
ev = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
path, n = sys.argv[2], int(sys.argv[3])
mine = [e for e in ev if e.get("file") == path]
nums, by_ino, by_time, foreign = [], collections.defaultdict(list), {}, []
for e in mine:
    for line in e["message"].split("\n"):
        m = re.fullmatch(r"rec (\d{6}) ino (\d+) x{60}", line)
        if not m:
            foreign.append(line[:50])
            continue
        nums.append(int(m.group(1)))
        by_ino[m.group(2)].append(int(m.group(1)))
        by_time.setdefault(e["timestamp"], []).append(int(m.group(1)))
# ino 0: the writer cannot tell its file (logback); across its files, records written
# more than 10 ms apart must be in order (write times are shared per tick and CPU,
# so up to a tick, 4 ms at HZ=250, early)
late = by_ino.pop("0", None) and sorted(by_time.items())
if late:
    from datetime import datetime
    def ns(t):
        return int(datetime.strptime(t[:26], "%Y-%m-%dT%H:%M:%S.%f").timestamp() * 1e6) * 1000
    pts = sorted((ns(t), n) for t, g in late for n in g)
    j, seen = 0, -1
    for t, k in pts:
        while pts[j][0] < t - 10_000_000:
            seen = max(seen, pts[j][1])
            j += 1
        if seen > k:
            by_ino["late"] = [seen, k]
            break
gaps = sum(e.get("gap_bytes", 0) for e in mine)
count = collections.Counter(nums)
missing = sorted(set(range(n)) - set(nums))
twice = sorted(k for k, c in count.items() if c > 1)
if foreign:
    print("lines that are no records: %s" % foreign[:3])
elif missing or twice or len(nums) != n:
    print("%d records: %d missing (from %s), %d more than once (from %s)"
          % (len(nums), len(missing), missing[:3], len(twice), twice[:3]))
elif any(v != sorted(v) for v in by_ino.values()):
    print("out of order within a file")
elif gaps:
    print("%d gap bytes" % gaps)
else:
    print("ok")
PY
}

# copies JSON: events of the rotated copies under /var/log/in (app.log.1 ...).
copies() { query "$1" 'sum(1 for e in ev if e.get("file", "").startswith("/var/log/in/app.log."))'; }

# summary_zero ERRFILE: the summary counts no kernel drop and no byte missing.
summary_zero() {
	grep -q ' 0 kernel drops' "$1" && grep -q 'page cache, 0 missing' "$1"
}

# verify NAME MODES: one check per mode of a session.
verify() {
	local name=$1 modes=$2 m r what
	for m in $modes; do
		case $m in
		ct) what="logrotate copytruncate" ;;
		cr) what="logrotate create (WatchedFileHandler reopens)" ;;
		py) what="Python RotatingFileHandler" ;;
		del) what="delete and recreate, inode numbers reused" ;;
		lb) what="logback RollingFileAppender" ;;
		in) what="logrotate copytruncate inside the container" ;;
		esac
		if [ $m = lb ] && [ ! -f "$T/w/RotationLogback.class" ]; then
			fail "$name: $what: javac or logback missing (see $T/javac.err)"
			continue
		fi
		r=$(records "$T/$name.json" "/var/log/$m/$([ $m = lb ] && echo lb.log || echo app.log)")
		check "$name: $what: every record once, in order, no gap ($r)" test "$r" = ok
	done
	if [[ " $modes " == *" in "* ]]; then
		check "$name: the copies logrotate makes inside the container are not shipped ($(copies "$T/$name.json") events)" \
			test "$(copies "$T/$name.json")" = 0
		check "$name: logrotate inside the container ran without errors" \
			test "$($DOCKER logs lt-rot-in 2>&1 | grep -c 'logrotate failed')" = 0
	fi
	check "$name: no kernel drop, nothing missing in the summary" summary_zero "$T/$name.json.err"
	check "$name: logrotate ran without errors" test ! -s "$T/$name.logrotate.err"
}

if ! have logrotate; then
	fail "rotation e2e: logrotate is not installed (scripts/install-deps.sh)"
	exit 1
fi
ALL="ct cr py del lb in"
# the documented defaults: `logtap capture` as the README shows it (-o json only)
if session defaults "$ALL"; then
	verify defaults "$ALL"
	# the BTF-typed hook is the one the kernel side is written and measured for
	check "defaults: the tp_btf program loads" grep -q 'hook tp_btf' "$T/defaults.json.err"
else
	fail "defaults: capture starts"
fi
if session copy "$ALL" --copy-writes; then
	verify copy "$ALL"
else
	fail "copy-writes: capture starts"
fi
# read-back loses the writes not read yet when a file is truncated (docs/capture.md),
# so only the modes that rename or delete: the kernel keeps a renamed or deleted
# file's inode, which logtap holds open, apart from the new file's
NOTRUNC="cr py del lb"
if session readback "$NOTRUNC" --read-back; then
	verify readback "$NOTRUNC"
	check "readback: the records were read back from the page cache" \
		test "$(sed -n 's/.* \([0-9]*\) bytes read back.*/\1/p' "$T/readback.json.err")" -gt 1000000
else
	fail "read-back: capture starts"
fi
