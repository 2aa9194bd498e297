using System.Collections.Concurrent;
using System.Threading.Channels;

namespace SatisfactionKit.Devices.Transports.Simulated;

/// <summary>One simulated pad: inputs are queued with <see cref="Send"/>, outputs the host wrote are in <see cref="Outputs"/>.</summary>
public sealed class SimulatedPad
{
    private readonly Lock _gate = new();
    private Channel<byte[]>? _inputs;

    internal SimulatedPad(PadDeviceInfo device) => Device = device;

    /// <summary>The device as the transport lists it.</summary>
    public PadDeviceInfo Device { get; }

    /// <summary>Whether the pad is plugged in.</summary>
    public bool IsPlugged { get; private set; } = true;

    /// <summary>The output reports the host wrote, oldest first.</summary>
    public ConcurrentQueue<byte[]> Outputs { get; } = new();

    /// <summary>Queues one raw input (a report, a serial line's bytes, a key code) for the open connection.</summary>
    /// <param name="input">The input bytes.</param>
    /// <returns>False when no connection is open to receive it.</returns>
    public bool Send(params byte[] input)
    {
        lock (_gate)
        {
            return _inputs is not null && _inputs.Writer.TryWrite(input);
        }
    }

    /// <summary>Unplugs the pad: the open connection sees a disconnection.</summary>
    public void Unplug()
    {
        lock (_gate)
        {
            IsPlugged = false;
            _inputs?.Writer.TryComplete(new PadDisconnectedException("The simulated pad was unplugged."));
            _inputs = null;
        }
    }

    /// <summary>Plugs the pad back in.</summary>
    public void Plug()
    {
        lock (_gate)
        {
            IsPlugged = true;
        }
    }

    /// <summary>Whether a connection is open.</summary>
    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _inputs is not null;
            }
        }
    }

    internal IPadConnection Open()
    {
        lock (_gate)
        {
            _inputs?.Writer.TryComplete();
            _inputs = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
            return new Connection(this, _inputs);
        }
    }

    private sealed class Connection(SimulatedPad pad, Channel<byte[]> inputs) : IPadConnection
    {
        public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            byte[] input;
            try
            {
                input = await inputs.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelClosedException ex)
            {
                throw new PadDisconnectedException("The simulated pad is disconnected.", ex);
            }

            var length = Math.Min(input.Length, buffer.Length);
            input.AsSpan(0, length).CopyTo(buffer.Span);
            return length;
        }

        public ValueTask WriteAsync(ReadOnlyMemory<byte> report, CancellationToken cancellationToken)
        {
            if (!pad.IsPlugged)
            {
                throw new PadDisconnectedException("The simulated pad is disconnected.");
            }

            pad.Outputs.Enqueue(report.ToArray());
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            inputs.Writer.TryComplete();
            return ValueTask.CompletedTask;
        }
    }
}
