using System.Text.Json;

namespace SatisfactionKit.Devices.Profiles;

/// <summary>Reads pad profiles from JSON (a single profile or an array of profiles).</summary>
public static class PadProfileJson
{
    /// <summary>Parses JSON text into profiles and validates each.</summary>
    /// <param name="json">A profile object or an array of them.</param>
    /// <exception cref="InvalidDataException">The JSON or a profile is invalid.</exception>
    public static IReadOnlyList<PadProfile> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        List<PadProfile> profiles;
        try
        {
            profiles = json.TrimStart().StartsWith('[')
                ? JsonSerializer.Deserialize(json, PadProfileJsonContext.Default.ListPadProfile) ?? []
                : [JsonSerializer.Deserialize(json, PadProfileJsonContext.Default.PadProfile) ?? throw new InvalidDataException("The pad profile JSON is null.")];
        }
        catch (JsonException ex)
        {
            // A converter's own message carries no path, so the property is named here ("$.vendorId").
            var where = ex.Path is { Length: > 0 } path && !ex.Message.Contains(path, StringComparison.Ordinal) ? $" at {path}" : string.Empty;
            throw new InvalidDataException($"The pad profile JSON is invalid{where}: {ex.Message}", ex);
        }

        foreach (var profile in profiles)
        {
            var errors = PadProfileValidator.Validate(profile);
            if (errors.Count > 0)
            {
                throw new InvalidDataException($"Pad profile '{profile.Name}' is invalid: {string.Join("; ", errors)}");
            }
        }

        return profiles;
    }

    /// <summary>Reads and parses a JSON file of profiles.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<IReadOnlyList<PadProfile>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(text);
    }
}
