# SPDX-License-Identifier: Apache-2.0
# lib_rails.rb - Rails request logs with an exception, as production writes them:
# ActionDispatch::DebugExceptions logging through a TaggedLogging logger (request id
# tags on every line of the trace) to the file ARGV[0], with ordinary requests around.
require 'logger'
require 'active_support'
require 'active_support/logger'
require 'active_support/tagged_logging'
require 'action_dispatch'
require 'action_controller'

log = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new(ARGV[0]))
log.formatter = ::Logger::Formatter.new.extend(ActiveSupport::TaggedLogging::Formatter)

class HomeController < ActionController::Base
  def index
    nil.upcase
  end

  def ok
    render plain: 'ok'
  end
end

routes = ActionDispatch::Routing::RouteSet.new
routes.draw do
  get '/' => 'home#index'
  get '/ok' => 'home#ok'
end
ActionController::Base.logger = log
app = ActionDispatch::ShowExceptions.new(ActionDispatch::DebugExceptions.new(routes),
                                         ->(_env) { [500, {}, ['error']] })

%w[/ok / /ok /].each_with_index do |path, i|
  env = Rack::MockRequest.env_for(path)
  env['action_dispatch.logger'] = log
  env['action_dispatch.show_exceptions'] = true
  log.tagged("req-#{i}") { app.call(env) }
end
