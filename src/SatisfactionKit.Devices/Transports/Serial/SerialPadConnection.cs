using System.IO.Ports;
using System.Text;

namespace SatisfactionKit.Devices.Transports.Serial;

/// <summary>
/// An open serial pad: each read returns one line's bytes, without its terminator. Lines are framed
/// here from the raw bytes, so a line split across writes is joined, and a line longer than the
/// host's limit is handed on (and refused by the decoder) rather than growing without end.
/// </summary>
internal sealed class SerialPadConnection(SerialPort port, string terminator) : IPadConnection
{
    // Longer than any line a decoder accepts (256 bytes), so an endless line is cut and refused.
    private const int MaximumLine = 257;

    private readonly byte[] _terminator = Encoding.UTF8.GetBytes(terminator);
    private readonly byte[] _chunk = new byte[256];
    private readonly List<byte> _pending = [];

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
            if (TakeLine(buffer.Span) is { } length)
            {
                return length;
            }

            cancellationToken.ThrowIfCancellationRequested();
            int read;
            try
            {
                // A short ReadTimeout keeps cancellation responsive; a timeout is not an error.
                read = port.Read(_chunk, 0, _chunk.Length);
            }
            catch (TimeoutException)
            {
                continue;
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                throw new PadDisconnectedException($"Serial port {port.PortName} is gone.", ex);
            }

            _pending.AddRange(_chunk.AsSpan(0, read));
        }
    }

    /// <summary>The next whole line in what was read (its length in <paramref name="buffer"/>), or null when there is none yet.</summary>
    private int? TakeLine(Span<byte> buffer)
    {
        var pending = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pending);
        var end = pending.IndexOf(_terminator);
        int consumed;
        if (end >= 0)
        {
            consumed = end + _terminator.Length;
        }
        else if (pending.Length >= MaximumLine)
        {
            end = consumed = MaximumLine;
        }
        else
        {
            return null;
        }

        var line = pending[..end];
        if (_terminator is [(byte)'\n'] && line is [.., (byte)'\r'])
        {
            line = line[..^1];
        }

        var length = Math.Min(line.Length, buffer.Length);
        line[..length].CopyTo(buffer);
        _pending.RemoveRange(0, consumed);
        return length;
    }
}
