#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# End to end, redaction: a real container (--network none) logs a mixed corpus to
# /var/log/app.log (cards, IBANs, e-mails, URL passwords, bearer tokens, JWTs, API
# keys, a PEM key, JSON inside JSON, a Python traceback carrying secrets) next to
# look-alikes that must survive. No planted value may reach the JSON output.
set -u
source "$(dirname "$0")/lib.sh"

e2e_prepare "redact e2e" docker

e2e_workspace lt-red-mask lt-red-hash

# Every planted value, exactly as written (none needs JSON escaping).
SECRETS=(
	"4111 1111 1111 1111" "378282246310005" "DE89 3704 0044 0532 0130 00"
	"GB82WEST12345698765432" "jane.doe@example.com" "bob.smith@example.org"
	"Sup3rS3cret" "abcDEF123456ghiJKL" "dXNlcjpwYXNzd29yZA" "hunter2xyz" "pa55word"
	"k3yk3yk3y" "tr4ceSecret" "AKIAIOSFODNN7EXAMPLE" "ghp_R4nd0mT0k3nV4lu3AAAAAAAAAAAAAAAAAAAA"
	"glpat-ABCDEFGHIJ0123456789" "xoxb-123456789012-ABCDEFGHIJKL" "T000/B000/XXXXXXXXXXXX"
	"MIIEpAIBAAKCAQEAsecretkeymaterial" "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
	"dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
)
# Look-alikes that must come out unchanged.
TRAPS=(
	"order 100012 shipped" "ts=20261202113000 epoch_ms=1764675000000"
	"id 550e8400-e29b-41d4-a716-446655440000" "git 4b825dc642cb6eb9a060e54bf8d69288fbee4904"
	"version 1.2.3.4 build 10.0.19045.3803" "dep org.slf4j:slf4j-api:2.0.9"
	"at com.example.Foo.bar(Foo.java:12)" "mail root@localhost" "bad card 4111111111111112"
)

cat > "$T/corpus.py" << 'PY'
import os, sys
fd = os.open("/var/log/app.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
def rec(s):
    os.write(fd, (s + "\n").encode())
jwt = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
       "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")
for t in sys.argv[1:]:
    rec("TRAP " + t)
rec("INFO paid with 4111 1111 1111 1111 and amex 378282246310005")
rec("INFO refund to DE89 3704 0044 0532 0130 00 and GB82WEST12345698765432")
rec("INFO mail to jane.doe@example.com; again jane.doe@example.com")
rec("WARN db postgres://shop:Sup3rS3cret@db.internal:5432/shop is slow")
rec("DEBUG headers Authorization: Bearer abcDEF123456ghiJKL; Authorization=Basic dXNlcjpwYXNzd29yZA")
rec("DEBUG session " + jwt)
rec('INFO login password=hunter2xyz {"user": "x", "password": "pa55word"}')
rec('{"level":"info","msg":"request {\\"api_key\\":\\"k3yk3yk3y\\"}"}')
rec("INFO keys AKIAIOSFODNN7EXAMPLE ghp_R4nd0mT0k3nV4lu3AAAAAAAAAAAAAAAAAAAA "
    "glpat-ABCDEFGHIJ0123456789 xoxb-123456789012-ABCDEFGHIJKL "
    "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX")
rec("INFO key loaded\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAsecretkeymaterial\n"
    "-----END RSA PRIVATE KEY-----")
rec("INFO after the key")
rec("INFO call +49 30 12345678 from 10.20.30.40")
rec("ERROR login failed")
try:
    raise ValueError("login failed for bob.smith@example.org password=tr4ceSecret")
except ValueError:
    import traceback
    os.write(fd, traceback.format_exc().encode())
rec("DONE")
os.close(fd)
PY

# run_session NAME OUT CAPTURE-ARGS...: one capture while container NAME logs the corpus.
run_session() {
	local name=$1 out=$2
	shift 2
	capture_start "$out" "$@" || return 1
	ctr_run "$name" -v "$T/corpus.py:/corpus.py:ro" -- python3 /corpus.py "${TRAPS[@]}" > /dev/null
	$DOCKER wait "$name" > /dev/null
	wait_until 10 grep -q '"message":"DONE"' "$out"
	sleep 1
	capture_stop
}

# ---- session 1: the default kinds, masked ----
run_session lt-red-mask "$T/mask.json" || { fail "capture starts"; exit 1; }
check "the corpus arrived (the last record is there)" grep -q '"message":"DONE"' "$T/mask.json"
leaked=""
for s in "${SECRETS[@]}"; do
	grep -qF -- "$s" "$T/mask.json" && leaked="$leaked [$s]"
done
check "no planted secret reaches the output${leaked:+:$leaked}" test -z "$leaked"
missing=""
for t in "${TRAPS[@]}"; do
	grep -qF -- "\"message\":\"TRAP $t\"" "$T/mask.json" || missing="$missing [$t]"
done
check "every look-alike survives unchanged${missing:+, not:$missing}" test -z "$missing"
check "replacements keep the shape readable" \
	test "$(query "$T/mask.json" 'by("INFO paid with <card:****1111> and amex <card:****0005>").get("redacted")')" = 2
check "IBANs, e-mails, URL passwords and headers are masked" \
	test "$(query "$T/mask.json" '[by("INFO refund to <iban:DE**> and <iban:GB**>").get("redacted"), by("INFO mail to <email>; again <email>").get("redacted"), bool(by("WARN db postgres://shop:<secret>@db.internal:5432/shop is slow")), bool(by("DEBUG headers Authorization: Bearer <secret>; Authorization=Basic <secret>"))]')" = "[2, 2, True, True]"
check "a PEM block goes whole, across its lines (and the events reassembly made of them)" \
	test "$(query "$T/mask.json" '[any(e["message"].startswith("INFO key loaded\n<secret>") for e in ev), any("PRIVATE KEY-----" in e["message"] for e in ev), bool(by("INFO after the key"))]')" = "[True, False, True]"
check "JSON inside a JSON log line is redacted" \
	grep -qF '{\"level\":\"info\",\"msg\":\"request {\\\"api_key\\\":\\\"<secret>\\\"}\"}' "$T/mask.json"
check "the traceback's message and exception_message are redacted" \
	test "$(query "$T/mask.json" '[(e["kind"], e.get("exception_message"), e.get("redacted")) for e in ev if e.get("exception_type") == "ValueError"]')" = "[('trace', 'login failed for <email> password=<secret>', 4)]"
check "phones and IPs are left alone by default" \
	test "$(query "$T/mask.json" 'bool(by("INFO call +49 30 12345678 from 10.20.30.40"))')" = True
check "events without findings carry no redacted field" \
	test "$(query "$T/mask.json" 'by("DONE").get("redacted")')" = None

# ---- session 2: all kinds, hashed with a key file ----
head -c 32 /dev/urandom | base64 > "$T/key"
run_session lt-red-hash "$T/hash.json" --redact all --redact-mode hash \
	--redact-key-file "$T/key" || { fail "capture with hash mode starts"; exit 1; }
leaked=""
for s in "${SECRETS[@]}" "+49 30 12345678" "10.20.30.40"; do
	grep -qF -- "$s" "$T/hash.json" && leaked="$leaked [$s]"
done
check "hash mode: no planted secret, phone or IP reaches the output${leaked:+:$leaked}" \
	test -z "$leaked"
check "hash mode: the same address gives the same token, another address another" \
	test "$(query "$T/hash.json" '(lambda m: len(m) == 2 and m[0] == m[1] and m[0].startswith("<email:h:"))([w.rstrip(";") for w in next(e["message"] for e in ev if e["message"].startswith("INFO mail to")).split() if w.startswith("<email")])')" = True
check "hash mode: the key never shows in the diagnostics" \
	bash -c "! grep -qF -- \"\$(cat '$T/key')\" '$T/hash.json.err'"
