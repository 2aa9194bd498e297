using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SatisfactionKit.Devices.Profiles;

/// <summary>
/// Turns one pad's raw input into presses according to its <see cref="PadProfile"/>. Never throws
/// on input: anything that is not exactly a report of the profile is a non-press outcome, so a
/// damaged report can never become a rating. One instance per connected pad (bitmap pads keep the
/// previous button state so that a held button is one press).
/// </summary>
public sealed class PadDecoder
{
    private readonly PadProfile _profile;
    private readonly Dictionary<int, PadButton> _byNumber = [];
    private readonly Dictionary<string, PadButton> _byToken = new(StringComparer.Ordinal);
    private readonly Regex? _linePattern;
    private readonly Regex? _ignorePattern;
    private int _previousBitmap;

    /// <summary>Creates a decoder for a profile.</summary>
    /// <param name="profile">The pad's profile; validated with <see cref="PadProfileValidator"/>.</param>
    public PadDecoder(PadProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = PadProfileValidator.Validate(profile);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Pad profile '{profile.Name}' is invalid: {string.Join("; ", errors)}", nameof(profile));
        }

        _profile = profile;
        foreach (var button in profile.Buttons)
        {
            _byToken[button.Input] = button;
            if (int.TryParse(button.Input, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                _byNumber[number] = button;
            }
        }

        if (profile.Kind == PadKind.Serial)
        {
            // A timeout keeps a hostile line from stalling the reader.
            _linePattern = new Regex(profile.LinePattern!, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
            if (!string.IsNullOrEmpty(profile.Serial?.IgnorePattern))
            {
                _ignorePattern = new Regex(profile.Serial.IgnorePattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
            }
        }
    }

    /// <summary>The profile this decoder follows.</summary>
    public PadProfile Profile => _profile;

    /// <summary>Decodes one HID input report (report id first when the profile has one).</summary>
    /// <param name="report">The bytes of one read.</param>
    public DecodeResult DecodeReport(ReadOnlySpan<byte> report)
    {
        if (report.Length < _profile.InputReportLength)
        {
            return new(DecodeOutcome.Truncated);
        }

        if (report.Length > _profile.InputReportLength)
        {
            return new(DecodeOutcome.Oversized);
        }

        if (_profile.InputReportId is { } id && report[0] != id)
        {
            return new(DecodeOutcome.WrongReportId);
        }

        int value = report[_profile.ButtonOffset];
        if (_profile.Encoding == ButtonEncoding.Value)
        {
            if (value == 0)
            {
                return new(DecodeOutcome.NoPress);
            }

            return _byNumber.TryGetValue(value, out var valued) ? new(DecodeOutcome.Press, valued) : new(DecodeOutcome.UnknownButton);
        }

        var newlySet = value & ~_previousBitmap;
        _previousBitmap = value;
        if (newlySet == 0)
        {
            return new(DecodeOutcome.NoPress);
        }

        if ((newlySet & (newlySet - 1)) != 0)
        {
            return new(DecodeOutcome.Ambiguous);
        }

        var bit = System.Numerics.BitOperations.TrailingZeroCount(newlySet);
        return _byNumber.TryGetValue(bit, out var button) ? new(DecodeOutcome.Press, button) : new(DecodeOutcome.UnknownButton);
    }

    /// <summary>Decodes one key code of a keyboard-emulating pad (key down only).</summary>
    /// <param name="keyCode">The key code (Linux evdev code or the host UI's key name).</param>
    public DecodeResult DecodeKey(string keyCode) =>
        keyCode is not null && _byToken.TryGetValue(keyCode, out var button) ? new(DecodeOutcome.Press, button) : new(DecodeOutcome.UnknownButton);

    /// <summary>Decodes one text line of a serial pad.</summary>
    /// <param name="line">The line without its terminator.</param>
    public DecodeResult DecodeLine(string line)
    {
        if (_linePattern is null || line is null || line.Length > 256)
        {
            return new(DecodeOutcome.Oversized);
        }

        try
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                // An empty line (a \r\n pad read with a \r terminator, a keep-alive newline) says nothing.
                return new(DecodeOutcome.NoPress);
            }

            if (_ignorePattern?.IsMatch(trimmed) == true)
            {
                return new(DecodeOutcome.Ignored);
            }

            var match = _linePattern.Match(trimmed);
            if (!match.Success || !match.Groups["button"].Success)
            {
                return new(DecodeOutcome.UnknownButton);
            }

            return _byToken.TryGetValue(match.Groups["button"].Value, out var button) ? new(DecodeOutcome.Press, button) : new(DecodeOutcome.UnknownButton);
        }
        catch (RegexMatchTimeoutException)
        {
            return new(DecodeOutcome.UnknownButton);
        }
    }

    /// <summary>Decodes one raw input as the profile's kind dictates (serial: UTF-8 line; keyboard: 16-bit little-endian key code).</summary>
    /// <param name="input">The bytes a connection delivered.</param>
    public DecodeResult Decode(ReadOnlySpan<byte> input) => _profile.Kind switch
    {
        PadKind.Serial => input.Length > 256 ? new(DecodeOutcome.Oversized) : DecodeLine(Encoding.UTF8.GetString(input)),
        PadKind.Keyboard => input.Length != 2
            ? new(input.Length < 2 ? DecodeOutcome.Truncated : DecodeOutcome.Oversized)
            : DecodeKey(BinaryPrimitives.ReadUInt16LittleEndian(input).ToString(CultureInfo.InvariantCulture)),
        _ => DecodeReport(input),
    };
}
