# SPDX-License-Identifier: Apache-2.0
# lib_loguru.py - loguru with backtrace and diagnose (its variable annotations, `>`
# marked frames, chained exceptions), to the file argv[1]; colour on when argv[2] is
# "color" (ANSI sequences in the file); info records around each trace.
import sys

from loguru import logger

logger.remove()
logger.add(sys.argv[1], backtrace=True, diagnose=True, colorize=len(sys.argv) > 2,
           enqueue=False)


def load(key):
    table = {"a": 1}
    return table[key]


def parse(key):
    try:
        return load(key)
    except KeyError as e:
        raise ValueError("bad config " + key) from e


logger.info("start loguru")
try:
    parse("alpha")
except ValueError:
    logger.exception("parse failed")
logger.info("after loguru 1")
logger.warning("disk at {}%", 91)


@logger.catch(message="task crashed")
def task(n):
    return 10 // n


task(0)
logger.info("after loguru 2")
