using Hangfire.AspNetCore;
using Hangfire.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace Analytics.Web.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide (a static), set by the last app instance that configured Hangfire. When
/// several instances live in one process (the tests run two against one PostgreSQL) and that one stops first, its
/// logger factory is disposed under the others: this provider then drops the message instead of failing the job or
/// the request that logs it.
/// </summary>
internal sealed class HangfireLogging(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new Guarded(inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new Guarded(null);
        }
    }

    private sealed class Guarded(ILog? log) : ILog
    {
        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return log is not null && log.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
