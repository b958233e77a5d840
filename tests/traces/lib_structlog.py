# SPDX-License-Identifier: Apache-2.0
# lib_structlog.py - structlog's ConsoleRenderer with rich tracebacks (box drawing)
# and colours (ANSI) to the file argv[1], as in development setups; info records
# around two traces.
import sys

import structlog

out = open(sys.argv[1], "a", buffering=1)
structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="%Y-%m-%d %H:%M:%S", utc=True),
        structlog.dev.ConsoleRenderer(colors=True,
                                      exception_formatter=structlog.dev.rich_traceback),
    ],
    logger_factory=structlog.PrintLoggerFactory(file=out),
)
log = structlog.get_logger()


def divide(a, b):
    return a / b


log.info("start structlog", user=7)
try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("divide failed", a=1)
log.info("after structlog 1")
try:
    {}["missing"]
except KeyError:
    log.error("lookup failed", exc_info=True)
log.warning("after structlog 2", left=3)
