<?php
// SPDX-License-Identifier: Apache-2.0
// lib_monolog.php - Monolog's LineFormatter with stack traces, as Symfony and Laravel
// configure it, writing to argv[1] (Symfony layout) and argv[2] (Laravel layout): info
// records around exceptions with a previous exception and context JSON.
// Usage: php lib_monolog.php SYMFONY_LOG LARAVEL_LOG
require_once '/usr/share/php/Monolog/autoload.php';

use Monolog\Formatter\LineFormatter;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;

function repository_load(string $id): void
{
	throw new \InvalidArgumentException("no row $id");
}

function service_run(string $id): void
{
	try {
		repository_load($id);
	} catch (\InvalidArgumentException $e) {
		throw new \RuntimeException("order $id failed", 42, $e);
	}
}

function logger_for(string $path, ?string $date): Logger
{
	$handler = new StreamHandler($path);
	$f = new LineFormatter(null, $date, true, true);
	$f->includeStacktraces(true);
	$handler->setFormatter($f);
	return new Logger('app', [$handler]);
}

// Symfony: the default datetime format, `Uncaught PHP Exception` messages.
$sf = logger_for($argv[1], null);
// Laravel: LineFormatter(null, 'Y-m-d H:i:s', true, true) with stack traces.
$lv = logger_for($argv[2], 'Y-m-d H:i:s');
foreach ([$sf, $lv] as $i => $log) {
	$log->info('request started', ['route' => 'order_show']);
	$log->info('user loaded');
	try {
		service_run("A$i");
	} catch (\RuntimeException $e) {
		$msg = $log === $sf ? sprintf('Uncaught PHP Exception %s: "%s" at %s line %d',
			get_class($e), $e->getMessage(), $e->getFile(), $e->getLine()) : $e->getMessage();
		$log->critical($msg, ['exception' => $e]);
	}
	$log->warning('slow query', ['ms' => 1200]);
	try {
		repository_load("B$i");
	} catch (\InvalidArgumentException $e) {
		$log->error($e->getMessage(), ['exception' => $e, 'user' => 7]);
	}
	$log->info('request done');
}
