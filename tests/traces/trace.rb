# SPDX-License-Identifier: Apache-2.0
# trace.rb - real Ruby traces for the reassembly tests: Logger records with a
# full_message backtrace and its cause, a Rails-style multi-line record, ordinary
# lines right after each, and an uncaught exception as the last record before exit.
require 'logger'

$stderr.sync = true
log = Logger.new($stderr)

def load_key(key)
  raise KeyError, "missing #{key}"
end

def parse(key)
  load_key(key)
rescue KeyError
  raise ArgumentError, "bad config #{key}"
end

log.info('start ruby')
begin
  parse('alpha')
rescue ArgumentError => e
  log.error(e.full_message(highlight: false))
end
$stderr.puts 'after ruby 1'
begin
  parse('beta')
rescue ArgumentError => e
  log.error("#{e.class} (#{e.message}):\n  " + e.backtrace.join("\n  "))
end
$stderr.puts 'after ruby 2'
parse('omega')
