namespace SatisfactionKit.Devices.Transports;

/// <summary>An open pad.</summary>
public interface IPadConnection : IAsyncDisposable
{
    /// <summary>Waits for one input (one report, one serial line, one key code) and copies it into <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Receives the input; at least one report long.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The number of bytes of the input.</returns>
    /// <exception cref="PadDisconnectedException">The pad went away.</exception>
    ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Sends one output report (report id first).</summary>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="PadDisconnectedException">The pad went away.</exception>
    ValueTask WriteAsync(ReadOnlyMemory<byte> report, CancellationToken cancellationToken);
}
