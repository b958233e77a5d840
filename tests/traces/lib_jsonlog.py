# SPDX-License-Identifier: Apache-2.0
# lib_jsonlog.py - python-json-logger: stdlib logging records as JSON lines to the file
# argv[1], the traceback of logger.exception inside the record ("exc_info").
import logging
import sys

from pythonjsonlogger import jsonlogger

handler = logging.FileHandler(sys.argv[1])
handler.setFormatter(jsonlogger.JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
log = logging.getLogger("shop")
log.addHandler(handler)
log.setLevel(logging.INFO)


def load(key):
    raise KeyError(key)


log.info("start jsonlog", extra={"user": 7})
try:
    load("alpha")
except KeyError:
    log.exception("load failed")
log.info("after jsonlog")
