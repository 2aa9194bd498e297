using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SatisfactionKit.Schemes;

/// <summary>
/// Reads and writes schemes as JSON (System.Text.Json), the form in which an agency keeps its own
/// schemes in configuration or a database. A scheme read is validated before it is returned.
/// </summary>
public static class RatingSchemeJson
{
    /// <summary>The serializer options used: camelCase names, enums as strings, indented output.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonTypeInfo<RatingScheme> Scheme { get; } = (JsonTypeInfo<RatingScheme>)Options.GetTypeInfo(typeof(RatingScheme));

    /// <summary>Writes <paramref name="scheme"/> as JSON.</summary>
    public static string Serialize(RatingScheme scheme) => JsonSerializer.Serialize(scheme, Scheme);

    /// <summary>Reads a scheme from JSON text and validates it.</summary>
    /// <exception cref="InvalidRatingSchemeException">The JSON is malformed (the message gives line and position) or the scheme is invalid.</exception>
    public static RatingScheme Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Validate(() => JsonSerializer.Deserialize(json, Scheme));
    }

    /// <summary>Reads a scheme from a UTF-8 JSON stream and validates it.</summary>
    /// <exception cref="InvalidRatingSchemeException">The JSON is malformed or the scheme is invalid.</exception>
    public static async ValueTask<RatingScheme> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        RatingScheme? scheme;
        try
        {
            scheme = await JsonSerializer.DeserializeAsync(utf8Json, Scheme, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }

        return Validate(() => scheme);
    }

    private static RatingScheme Validate(Func<RatingScheme?> read)
    {
        RatingScheme? scheme;
        try
        {
            scheme = read();
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }

        if (scheme is null)
        {
            throw new InvalidRatingSchemeException("The JSON holds no scheme (null). / Tệp JSON không chứa bộ tiêu chí nào.");
        }

        RatingSchemeValidator.Instance.EnsureValid(scheme);
        return scheme;
    }

    private static InvalidRatingSchemeException Malformed(JsonException ex) => new(
        $"Tệp JSON của bộ tiêu chí bị lỗi tại dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1} ({ex.Path}). / " +
        $"The scheme's JSON is malformed at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1} ({ex.Path}): {ex.Message}",
        ex);

    private static JsonSerializerOptions CreateOptions()
    {
        // The generated context's settings (camelCase, enums as strings, ...) plus the encoder, which an
        // attribute cannot give: Vietnamese text stays readable instead of \u-escaped.
        var options = new JsonSerializerOptions(RatingSchemeJsonContext.Default.Options)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = RatingSchemeJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }
}
