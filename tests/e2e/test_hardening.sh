#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Untrusted containers against the agent (issue 14): a container that churns through
# thousands of temporary files from short-lived processes must not make any log file
# go dark, and every loss the agent counts shows in the capture summary.
source "$(dirname "$0")/lib.sh"
set -u

CTR=logtap-e2e-churn
e2e_prepare hardening docker
e2e_workspace "$CTR"

# churn: 10,000 short-lived writers of one non-log file each, interleaved with 500
# short-lived writers appending 2 lines each to one of 50 log files (1,000 lines).
CHURN='mkdir -p /tmp/junk /var/log/churn; sleep 1; i=0
while [ $i -lt 10000 ]; do
	sh -c "echo x > /tmp/junk/$i.dat"
	if [ $((i % 20)) = 0 ]; then
		n=$((i / 20)); f=$((n % 50))
		sh -c "echo \"churn $n a\" >> /var/log/churn/$f.log; echo \"churn $n b\" >> /var/log/churn/$f.log"
	fi
	i=$((i + 1))
done; echo done > /tmp/done; sleep 60'

# lines_arrived FILE: all 1,000 lines, each exactly once.
lines_arrived() {
	[ "$(query "$1" 'sum(1 for e in ev if e.get("message","").startswith("churn "))')" = 1000 ] &&
		[ "$(query "$1" 'len(set(e["message"] for e in ev if e.get("message","").startswith("churn ")))')" = 1000 ]
}

for mode in default copy; do
	extra=()
	[ $mode = copy ] && extra=(--copy-writes)
	ctr_rm "$CTR"
	capture_start "$T/$mode.json" --container "$CTR" "${extra[@]}" || {
		fail "hardening ($mode): capture did not start"
		continue
	}
	ctr_run "$CTR" -- sh -c "$CHURN" > /dev/null
	wait_until 300 $DOCKER exec "$CTR" test -f /tmp/done
	wait_until 20 lines_arrived "$T/$mode.json"
	capture_stop
	got=$(query "$T/$mode.json" 'sum(1 for e in ev if e.get("message","").startswith("churn "))')
	check "hardening ($mode): 10,000 temporary files from short-lived writers; all 1,000 log lines of 500 short-lived writers arrive once (got $got)" \
		lines_arrived "$T/$mode.json"
	summary=$(grep summary "$T/$mode.json.err")
	echo "$summary"
	check "hardening ($mode): the summary reports paths, lost paths and unknown files" \
		grep -Eq '[0-9]+ paths \([0-9]+ lost\), [0-9]+ records of unknown files' <<< "$summary"
	check "hardening ($mode): no temporary file's bytes came out" \
		test "$(query "$T/$mode.json" 'sum(1 for e in ev if e.get("message","") == "x")')" = 0
done
exit 0
