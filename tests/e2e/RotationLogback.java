// SPDX-License-Identifier: Apache-2.0
// The logback writer of tests/e2e/test_rotation.sh: numbered records at a steady rate
// through logback's RollingFileAppender (rename and reopen by size), configured by the
// logback.xml the test passes with -Dlogback.configurationFile.
//   java RotationLogback COUNT RATE
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class RotationLogback {
	public static void main(String[] args) throws Exception {
		Logger log = LoggerFactory.getLogger("rotation");
		int count = Integer.parseInt(args[0]);
		int rate = Integer.parseInt(args[1]);
		String pad = "x".repeat(60);
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			log.info(String.format("rec %06d ino 0 %s", i, pad));
			if (i % 30 == 29) {
				long due = start + (long)((i + 1) * 1e9 / rate);
				long d = due - System.nanoTime();
				if (d > 0)
					Thread.sleep(d / 1000000, (int)(d % 1000000));
			}
		}
		((ch.qos.logback.classic.LoggerContext)LoggerFactory.getILoggerFactory()).stop();
	}
}
