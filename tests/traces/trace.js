// SPDX-License-Identifier: Apache-2.0
/*
 * trace.js - real Node.js traces for the reassembly tests: err.stack, console.error
 * of an error with a [cause] (util.inspect braces), an AggregateError, ordinary lines
 * right after each, and an uncaught exception as the last record before exit.
 */
'use strict';

function load(key) {
	throw new TypeError('missing ' + key);
}

function parse(key) {
	try {
		load(key);
	} catch (e) {
		throw new Error('bad config ' + key, { cause: e });
	}
}

console.error('start node');
try {
	parse('alpha');
} catch (e) {
	console.error(e.stack);
}
console.error('after node 1');
try {
	parse('beta');
} catch (e) {
	console.error(e);
}
console.error('after node 2');
console.error(new AggregateError([new RangeError('r1'), new SyntaxError('s2')], 'all failed'));
console.error('after node 3');
parse('omega');
