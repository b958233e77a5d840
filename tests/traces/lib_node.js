// SPDX-License-Identifier: Apache-2.0
// lib_node.js - Node.js logging libraries with errors: winston with errors({stack})
// and a printf format (message line, then the stack) to winston.log, pino and bunyan
// (JSON lines, the stack inside) to pino.log and bunyan.log, log4js's default file
// layout (the error after the message on the header line) to log4js.log, all in the
// directory argv[3]. Modules from argv[2]/node_modules (installed by the test run).
const path = require('path');
const dir = process.argv[3];
const req = (m) => require(path.resolve(process.argv[2], 'node_modules', m));

function parse(s) {
	if (!s.startsWith('{'))
		throw new TypeError('not JSON: ' + s);
	return s;
}

function fail(s) {
	try {
		parse(s);
	} catch (e) {
		return e;
	}
}

async function runWinston() {
	const winston = req('winston');
	const { combine, timestamp, errors, printf } = winston.format;
	const log = winston.createLogger({
		level: 'info',
		format: combine(errors({ stack: true }), timestamp(),
			printf(({ level, message, timestamp, stack }) =>
				`${timestamp} ${level}: ${message}${stack ? '\n' + stack : ''}`)),
		transports: [new winston.transports.File({ filename: path.join(dir, 'winston.log') })],
	});
	log.info('start winston');
	log.error('parse failed', fail('a1'));
	log.info('after winston 1');
	log.error(fail('b2'));
	log.warn('after winston 2');
	await new Promise((res) => { log.on('finish', res); log.end(); });
}

async function runPino() {
	const pino = req('pino');
	const dest = pino.destination({ dest: path.join(dir, 'pino.log'), sync: true });
	const log = pino(dest);
	log.info('start pino');
	log.error(fail('c3'), 'parse failed');
	log.info({ user: 7 }, 'after pino');
}

function runBunyan() {
	const bunyan = req('bunyan');
	const log = bunyan.createLogger({ name: 'app', streams: [{ path: path.join(dir, 'bunyan.log') }],
		serializers: bunyan.stdSerializers });
	log.info('start bunyan');
	log.error({ err: fail('d4') }, 'parse failed');
	log.info('after bunyan');
}

async function runLog4js() {
	const log4js = req('log4js');
	log4js.configure({
		appenders: { file: { type: 'file', filename: path.join(dir, 'log4js.log') } },
		categories: { default: { appenders: ['file'], level: 'info' } },
	});
	const log = log4js.getLogger('shop');
	log.info('start log4js');
	log.error('parse failed', fail('e5'));
	log.info('after log4js');
	await new Promise((res) => log4js.shutdown(res));
}

(async () => {
	await runWinston();
	await runPino();
	runBunyan();
	await runLog4js();
	setTimeout(() => {}, 200); // bunyan's file stream flushes
})();
