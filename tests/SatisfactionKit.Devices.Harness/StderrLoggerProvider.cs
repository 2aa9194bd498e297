using Microsoft.Extensions.Logging;

namespace SatisfactionKit.Devices.Harness;

/// <summary>Writes the host's warnings and errors to stderr as "LOG level: message", so that tests can check them.</summary>
internal sealed class StderrLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new StderrLogger();

    public void Dispose()
    {
    }

    private sealed class StderrLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Console.Error.WriteLine($"LOG {logLevel}: {formatter(state, exception)}{(exception is null ? string.Empty : " -- " + exception.Message)}");
            }
        }
    }
}
