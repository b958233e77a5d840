# SPDX-License-Identifier: Apache-2.0
# The writer of tests/e2e/test_rotation.sh, run in a test container with the host's
# python3: numbered records at a steady rate through the real logging handlers, each
# naming the inode it went to (so the test can check the order within each file).
#   rotation_writer.py MODE PATH COUNT RATE
# MODE: plain (FileHandler: copytruncate), watched (WatchedFileHandler: logrotate
# create), rotating (RotatingFileHandler), delete (unlink and recreate the file, with a
# non-log file created and deleted in between so its inode number is free for reuse).
import logging
import logging.handlers
import os
import sys
import time

PAD = "x" * 60


class InoFormatter(logging.Formatter):
    """The record, the inode of the handler's current file, padding."""

    def __init__(self, handler):
        super().__init__()
        self.handler = handler

    def format(self, record):
        ino = os.fstat(self.handler.stream.fileno()).st_ino
        return "%s ino %d %s" % (record.getMessage(), ino, PAD)


def handler_for(mode, path):
    if mode == "plain":
        return logging.FileHandler(path)
    if mode == "watched":
        return logging.handlers.WatchedFileHandler(path)
    if mode == "rotating":
        return logging.handlers.RotatingFileHandler(path, maxBytes=150000, backupCount=50)
    raise SystemExit("unknown mode " + mode)


def pace(i, start, rate):
    if i % 30 == 29:
        d = start + (i + 1) / rate - time.monotonic()
        if d > 0:
            time.sleep(d)


def run_logging(mode, path, count, rate):
    h = handler_for(mode, path)
    h.setFormatter(InoFormatter(h))
    log = logging.getLogger("rotation")
    log.addHandler(h)
    log.setLevel(logging.INFO)
    log.propagate = False
    start = time.monotonic()
    for i in range(count):
        log.info("rec %06d", i)
        pace(i, start, rate)
    h.close()


def reopen(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    return fd, os.fstat(fd).st_ino


def run_delete(path, count, rate, every):
    scratch = os.path.join("/var/tmp", "scratch.bin")
    fd, ino = reopen(path)
    start = time.monotonic()
    for i in range(count):
        if i and i % every == 0:
            # a non-log file gets a verdict of its own, then frees its inode number
            s = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.write(s, b"not a log file\n")
            os.close(s)
            os.unlink(scratch)
            os.close(fd)
            os.unlink(path)
            fd, ino = reopen(path)
        os.write(fd, b"rec %06d ino %d %s\n" % (i, ino, PAD.encode()))
        pace(i, start, rate)
    os.close(fd)


def main():
    mode, path, count, rate = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if mode == "delete":
        run_delete(path, count, rate, int(sys.argv[5]))
    else:
        run_logging(mode, path, count, rate)


main()
