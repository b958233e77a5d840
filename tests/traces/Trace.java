// SPDX-License-Identifier: Apache-2.0
/*
 * Trace.java - real JVM traces for the reassembly tests: java.util.logging's two-line
 * records with a chained cause and a suppressed exception, printStackTrace (one write
 * per line on System.err), ordinary lines right after, and an uncaught exception last.
 */
import java.util.logging.Level;
import java.util.logging.Logger;

public class Trace {
	static final Logger LOG = Logger.getLogger("trace");

	static void load(String key) {
		throw new IllegalStateException("missing " + key);
	}

	static void parse(String key) {
		try {
			load(key);
		} catch (IllegalStateException e) {
			RuntimeException r = new RuntimeException("bad config " + key, e);
			r.addSuppressed(new java.io.IOException("close failed"));
			throw r;
		}
	}

	/* A logback/log4j-shaped record: header line plus trace, written in one write(). */
	static void logbackStyle() {
		try {
			parse("gamma");
		} catch (RuntimeException e) {
			java.io.StringWriter w = new java.io.StringWriter();
			e.printStackTrace(new java.io.PrintWriter(w));
			System.err.print("2024-05-06 07:08:09.123 ERROR [main] com.example.Trace - parse failed\n"
					+ w);
			System.err.flush();
		}
	}

	public static void main(String[] args) {
		LOG.info("start java");
		try {
			parse("alpha");
		} catch (RuntimeException e) {
			LOG.log(Level.SEVERE, "parse failed", e);
		}
		System.err.println("after java 1");
		try {
			parse("beta");
		} catch (RuntimeException e) {
			e.printStackTrace();
		}
		System.err.println("after java 2");
		logbackStyle();
		System.err.println("after java 3");
		parse("omega");
	}
}
