using Microsoft.Extensions.Options;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Hosting;

/// <summary>
/// The profiles in force: those given in code, then those of the profile files, then the built-in
/// ones. Read again when the options change (a configuration reload), so the pad host and the evdev
/// transport see the same list. The files are read when the options are validated at start too, so a
/// bad file stops the host before it runs.
/// </summary>
internal sealed class PadProfileCatalog(IOptionsMonitor<RatingPadOptions> options)
{
    private readonly Lock _gate = new();
    private RatingPadOptions? _loadedFrom;
    private IReadOnlyList<PadProfile> _profiles = [];
    private IReadOnlyList<string> _errors = [];

    /// <summary>The profiles of the current options.</summary>
    public IReadOnlyList<PadProfile> Current => Snapshot().Profiles;

    /// <summary>The profiles of the current options and the problems of the files that could not be read.</summary>
    public (IReadOnlyList<PadProfile> Profiles, IReadOnlyList<string> Errors) Snapshot()
    {
        var current = options.CurrentValue;
        lock (_gate)
        {
            if (!ReferenceEquals(_loadedFrom, current))
            {
                var (profiles, errors) = Load(current);
                (_profiles, _errors, _loadedFrom) = (profiles, errors, current);
            }

            return (_profiles, _errors);
        }
    }

    /// <summary>Reads the profiles the options name; a file that cannot be read is left out and described.</summary>
    public static (IReadOnlyList<PadProfile> Profiles, IReadOnlyList<string> Errors) Load(RatingPadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var profiles = new List<PadProfile>(options.Profiles);
        var errors = new List<string>();
        for (var i = 0; i < options.ProfileFiles.Count; i++)
        {
            var file = options.ProfileFiles[i];
            var key = options.ProfileFileKeys.TryGetValue(file, out var k) ? k : $"{nameof(RatingPadOptions)}.{nameof(RatingPadOptions.ProfileFiles)}[{i}]";
            if (!File.Exists(file))
            {
                errors.Add($"{key}: profile file '{file}' does not exist. / không tìm thấy tệp hồ sơ bàn phím '{file}'.");
                continue;
            }

            try
            {
                profiles.AddRange(PadProfileJson.Parse(File.ReadAllText(file)));
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                errors.Add($"{key}: '{file}': {ex.Message} / tệp hồ sơ bàn phím '{file}' không hợp lệ.");
            }
        }

        if (options.UseBuiltInProfiles)
        {
            profiles.AddRange(BuiltInPadProfiles.All());
        }

        return (profiles, errors);
    }
}
