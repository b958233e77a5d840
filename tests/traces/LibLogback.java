// SPDX-License-Identifier: Apache-2.0
// LibLogback.java - SLF4J + logback with its default configuration (console, pattern
// `HH:mm:ss.SSS [thread] LEVEL logger - msg`): an error with a cause chain between info
// lines, one record per write on stdout (the test sends stdout to a log file).
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LibLogback {
	private static final Logger log = LoggerFactory.getLogger(LibLogback.class);

	static void load(String key) {
		throw new IllegalArgumentException("no key " + key);
	}

	static void parse(String key) {
		try {
			load(key);
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException("parse of " + key + " failed", e);
		}
	}

	public static void main(String[] args) {
		log.info("start logback");
		try {
			parse("alpha");
		} catch (IllegalStateException e) {
			log.error("request failed:\nSELECT * FROM orders", e);
		}
		log.info("after logback");
	}
}
