using System.IO.Ports;
using System.Text;

namespace SatisfactionKit.Devices.Transports.Serial;

/// <summary>An open serial pad: each read returns one line's bytes (terminator removed).</summary>
internal sealed class SerialPadConnection(SerialPort port) : IPadConnection
{
    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        new(Task.Run(() => ReadLine(buffer, cancellationToken), cancellationToken));

    public ValueTask WriteAsync(ReadOnlyMemory<byte> report, CancellationToken cancellationToken)
    {
        try
        {
            port.Write(report.ToArray(), 0, report.Length);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            throw new PadDisconnectedException($"Serial port {port.PortName} is gone.", ex);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        port.Dispose();
        return ValueTask.CompletedTask;
    }

    private int ReadLine(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string line;
            try
            {
                // A short ReadTimeout keeps cancellation responsive; a timeout is not an error.
                line = port.ReadLine();
            }
            catch (TimeoutException)
            {
                continue;
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                throw new PadDisconnectedException($"Serial port {port.PortName} is gone.", ex);
            }

            var bytes = Encoding.UTF8.GetBytes(line.TrimEnd('\r'));
            var length = Math.Min(bytes.Length, buffer.Length);
            bytes.AsSpan(0, length).CopyTo(buffer.Span);
            return length;
        }
    }
}
