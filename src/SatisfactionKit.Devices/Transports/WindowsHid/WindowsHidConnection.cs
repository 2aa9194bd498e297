using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace SatisfactionKit.Devices.Transports.WindowsHid;

/// <summary>
/// An open Windows HID pad. The handle is opened for overlapped I/O and read and written through
/// an asynchronous <see cref="FileStream"/>, which issues overlapped ReadFile/WriteFile and cancels
/// them with CancelIoEx; every read is one whole input report, every write one whole output report.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsHidConnection : IPadConnection
{
    // ERROR_DEVICE_NOT_CONNECTED, ERROR_BAD_COMMAND, ERROR_GEN_FAILURE, ERROR_FILE_NOT_FOUND (HRESULT_FROM_WIN32): the pad went away.
    private static readonly int[] DisconnectedErrors = [unchecked((int)0x8007048F), unchecked((int)0x80070016), unchecked((int)0x8007001F), unchecked((int)0x80070002)];

    private readonly FileStream _stream;
    private readonly int _inputReportLength;
    private readonly int _outputReportLength;
    private readonly bool _profileUsesReportIds;
    private readonly int _profileReportLength;
    private readonly string _path;

    public WindowsHidConnection(SafeFileHandle handle, int inputReportLength, int outputReportLength, bool profileUsesReportIds, int profileReportLength, string path)
    {
        _stream = new FileStream(handle, FileAccess.ReadWrite, bufferSize: 0, isAsync: true);
        _inputReportLength = inputReportLength;
        _outputReportLength = outputReportLength;
        _profileUsesReportIds = profileUsesReportIds;
        _profileReportLength = profileReportLength;
        _path = path;
    }

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var read = new byte[_inputReportLength];
        int length;
        try
        {
            length = await _stream.ReadAsync(read, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (DisconnectedErrors.Contains(ex.HResult))
        {
            throw new PadDisconnectedException($"{_path} is disconnected.", ex);
        }

        if (length == 0)
        {
            throw new PadDisconnectedException($"{_path} reached end of file.");
        }

        return WindowsHidFraming.FrameInput(read.AsSpan(0, length), _profileUsesReportIds, _profileReportLength, buffer.Span);
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> report, CancellationToken cancellationToken)
    {
        var framed = WindowsHidFraming.FrameOutput(report.Span, _outputReportLength);
        try
        {
            await _stream.WriteAsync(framed, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (DisconnectedErrors.Contains(ex.HResult))
        {
            throw new PadDisconnectedException($"{_path} is disconnected.", ex);
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
