# SPDX-License-Identifier: Apache-2.0
# trace.py - real Python traces for the reassembly tests: a chained traceback via
# logging, an implicit chain printed by traceback, an ExceptionGroup, ordinary lines
# right after each, and an uncaught exception as the last record before exit.
import logging
import sys
import traceback

logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("trace")


def load(key):
    raise KeyError(key)


def parse(key):
    try:
        load(key)
    except KeyError as e:
        raise ValueError("bad config " + key) from e


log.info("start python")
try:
    parse("alpha")
except ValueError:
    log.exception("parse failed")
print("after python 1", file=sys.stderr, flush=True)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError:
    traceback.print_exc()
print("after python 2", file=sys.stderr, flush=True)
if sys.version_info >= (3, 11):
    try:
        raise ExceptionGroup("many", [OSError("disk"), ValueError("val")])
    except ExceptionGroup:
        traceback.print_exc()
else:
    print("Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n"
          "ValueError: fake group", file=sys.stderr)
log.warning("after python 3")
parse("omega")
