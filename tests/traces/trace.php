<?php
// SPDX-License-Identifier: Apache-2.0
/*
 * trace.php - real PHP traces for the reassembly tests: error_log records, a caught
 * chained exception logged with its string form (Next chain), a warning, ordinary
 * lines right after each, and an uncaught exception ("PHP Fatal error:  Uncaught") last.
 */
ini_set('log_errors', '1');
ini_set('display_errors', '0');
ini_set('error_log', $argv[1] ?? 'php://stderr');

function load($key)
{
	throw new InvalidArgumentException("missing $key", 11);
}

function parse($key)
{
	try {
		load($key);
	} catch (InvalidArgumentException $e) {
		throw new RuntimeException("bad config $key", 12, $e);
	}
}

error_log('start php');
try {
	parse('alpha');
} catch (RuntimeException $e) {
	error_log('parse failed: ' . $e);
}
error_log('after php 1');
$x = [];
echo @$x['nope'];
trigger_error('deprecated thing', E_USER_WARNING);
error_log('after php 2');
parse('omega');
