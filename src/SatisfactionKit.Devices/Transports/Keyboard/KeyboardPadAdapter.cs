using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Transports.Keyboard;

/// <summary>
/// Keyboard-emulating pads seen through the host UI: the UI forwards key-down events of a pad
/// (identified by a source name the UI chooses, e.g. its window or device name) with
/// <see cref="KeyDown"/>, and the pad host decodes them with a <see cref="PadKind.Keyboard"/> profile.
/// Bind such a pad with <see cref="Hosting.RatingPadOptions.BindPath"/> and the profile's name.
/// </summary>
public sealed class KeyboardPadAdapter : IPadTransport
{
    /// <summary>The transport name.</summary>
    public const string TransportName = "keyboard";

    private readonly ConcurrentDictionary<string, Channel<byte[]>> _sources = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => TransportName;

    /// <summary>Declares a keyboard source so that the host can bind it before its first key.</summary>
    /// <param name="source">The source name.</param>
    public void AddSource(string source) => _sources.GetOrAdd(source, _ => Channel.CreateUnbounded<byte[]>());

    /// <summary>Forwards one key-down event; key codes are Linux evdev codes (1..65535).</summary>
    /// <param name="source">The source name.</param>
    /// <param name="keyCode">The key code.</param>
    /// <returns>False when the source is unknown or the code is out of range.</returns>
    public bool KeyDown(string source, int keyCode)
    {
        if (keyCode is < 1 or > ushort.MaxValue || !_sources.TryGetValue(source, out var channel))
        {
            return false;
        }

        return channel.Writer.TryWrite([(byte)(keyCode & 0xFF), (byte)(keyCode >> 8)]);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PadDeviceInfo>> EnumerateAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PadDeviceInfo>>([.. _sources.Keys.Order(StringComparer.Ordinal).Select(s => new PadDeviceInfo(TransportName, s, 0, 0))]);

    /// <inheritdoc />
    public ValueTask<IPadConnection> OpenAsync(PadDeviceInfo device, PadProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (!_sources.TryGetValue(device.Path, out var channel))
        {
            throw new PadDisconnectedException(string.Create(CultureInfo.InvariantCulture, $"Keyboard source '{device.Path}' is unknown."));
        }

        return ValueTask.FromResult<IPadConnection>(new Connection(channel));
    }

    private sealed class Connection(Channel<byte[]> keys) : IPadConnection
    {
        public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            var key = await keys.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            key.CopyTo(buffer);
            return key.Length;
        }

        // Keyboard pads have no outputs a UI could drive.
        public ValueTask WriteAsync(ReadOnlyMemory<byte> report, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
