<?php
// SPDX-License-Identifier: Apache-2.0
/*
 * flow_log.php - writes Neos Flow shaped logs the way Flow does, for the reassembly
 * tests: System_Development.log records (FileBackend: one fputs per record, additional
 * data dumps ending in two empty lines) and one exception dump per file under
 * Data/Logs/Exceptions/, named in the System log by `See also: <ref>.txt`.
 * Usage: php flow_log.php BASE_DIR
 */
$base = rtrim($argv[1] ?? '/tmp/flow', '/');
@mkdir("$base/Data/Logs/Exceptions", 0777, true);
$log = fopen("$base/Data/Logs/System_Development.log", 'ab');

function record($log, $severity, $package, $message, $data = null)
{
	$out = date('y-m-d H:i:s') . ' ' . str_pad((string)getmypid(), 10) . ' '
		. str_pad('127.0.0.1', 15) . ' ' . str_pad($severity, 9) . ' '
		. str_pad($package, 20) . ' ' . $message;
	if ($data !== null) {
		$out .= PHP_EOL . $data;
	}
	fputs($log, $out . PHP_EOL);
}

function backtrace()
{
	return "34 Neos\\Flow\\Mvc\\Controller\\ActionController_Original::callActionMethod()\n"
		. "33 Neos\\Flow\\Mvc\\Controller\\ActionController::callActionMethod()\n"
		. "32 Neos\\Flow\\Mvc\\Dispatcher_Original::initiateDispatchLoop(Neos\\Flow\\Mvc\\ActionRequest, Neos\\Flow\\Mvc\\ActionResponse)\n"
		. "31 Neos\\Flow\\Http\\Middleware\\MiddlewaresChain::handle(GuzzleHttp\\Psr7\\ServerRequest)\n";
}

record($log, 'INFO', 'Neos.Flow', 'Request handled: GET /');
$ref = date('YmdHis') . substr(md5((string)getmypid()), 0, 6);
$head = 'Exception #1355480641 in line 241 of /app/Packages/Framework/Neos.Flow/Classes/'
	. 'Mvc/Controller/ActionController.php: Could not resolve a route';
$dump = $head . PHP_EOL . PHP_EOL . backtrace() . PHP_EOL
	. 'Previous exception: Exception #1301610453 in line 74 of /app/Packages/Neos/Foo.php: inner'
	. PHP_EOL . PHP_EOL . backtrace() . PHP_EOL
	. "HTTP REQUEST:\nGET / HTTP/1.1\nHost: example.org\n\nPHP PROCESS:\nInode: 1234\nPID: "
	. getmypid() . "\nUID: 33\n";
file_put_contents("$base/Data/Logs/Exceptions/$ref.txt", $dump);
record($log, 'CRITICAL', 'Neos.Flow', "$head - See also: $ref.txt");
record($log, 'DEBUG', 'Neos.Flow', 'Additional data:',
	"array(\n  'route' => '/foo',\n  'format' => 'html',\n)\n\n");
record($log, 'WARNING', 'Neos.Neos', 'Multi-line message first line' . PHP_EOL
	. 'second line without indentation');
record($log, 'NOTICE', 'Neos.Flow', 'after flow');
