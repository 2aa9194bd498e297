using System.Text;
using System.Text.Json;
using CsCheck;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>One generated request: an endpoint, its route values and query, a body of some kind, a caller.</summary>
internal sealed record FuzzRequest(string Method, string Pattern, string PathAndQuery, string? ContentType, byte[]? Body, FuzzCaller Caller, string? Language)
{
    public override string ToString() =>
        $"{Caller} {Method} {PathAndQuery} [{ContentType}] {(Body is null ? "" : Encoding.UTF8.GetString(Body[..Math.Min(Body.Length, 300)]))} (Accept-Language {Language})";
}

/// <summary>Who calls: nobody, an officer of the vendor's sign-in, or a counter device (development identity).</summary>
internal enum FuzzCaller
{
    Anonymous,
    Officer,
    Device,
}

/// <summary>An endpoint to call: its method and route pattern split into literal and parameter segments.</summary>
internal sealed record FuzzTarget(string Method, string Pattern, IReadOnlyList<(bool IsParameter, string Text)> Segments);

/// <summary>
/// The generators: odd strings (empty, blank, NUL and other control characters, huge, lone surrogates, near-valid codes),
/// odd JSON (wrong types, missing fields, malformed), wrong content types, odd query values.
/// </summary>
internal static class FuzzRequests
{
    /// <summary>Strings a careless server mishandles.</summary>
    public static readonly Gen<string> Odd = Gen.OneOf(
        Gen.OneOf("", " ", "\t", "\0", "A\0B", "READY-1\0", "\u0001\u001f\u007f", "\r\n", "null", "-1", "0", "9999", "99",
            "2026-10", "2026-Q3", "2026-H1", "2026", "2026-13", "2026-Q9", "0000-00", "-2026", "READY-1", "WAIT-1", "UNKNOWN-1",
            "HL", "RHL", "KHL", "TC-1", "💥", "\ud800", "Hồ sơ", "../../etc/passwd", "%00", "' OR 1=1 --", "<script>", new string('x', 65),
            new string('9', 400), new string('Ỹ', 5000), "READY-" + new string('A', 300)),
        Gen.String[Gen.Char[(char)0, (char)0x2FF], 0, 40],
        Gen.String[Gen.Char['0', '9'], 1, 12]);

    /// <summary>The verification codes issued at the start, so that some requests get past the code check.</summary>
    public static Gen<FuzzRequest> Requests(IReadOnlyList<FuzzTarget> targets, IReadOnlyList<(string Dossier, string Code)> codes) =>
        from target in Gen.OneOf([.. targets])
        from routeValues in Odd.Array[target.Segments.Count(s => s.IsParameter)]
        from query in Query
        from body in Body(codes)
        from caller in Gen.Frequency((3, Gen.Const(FuzzCaller.Officer)), (2, Gen.Const(FuzzCaller.Device)), (2, Gen.Const(FuzzCaller.Anonymous)))
        from language in Gen.OneOf<string?>(null, "en", "vi", "en-US;q=abc", "*", ";;;", "vi-VN, en;q=0.5")
        select new FuzzRequest(target.Method, target.Pattern, Path(target, routeValues) + query, body.ContentType, body.Bytes, caller, language);

    private static readonly Gen<string> Query =
        from parts in Gen.OneOf(
            Gen.OneOf("period", "unit", "view", "t", "counter", "dossierCode").Select(Odd, (k, v) => $"{k}={Uri.EscapeDataString(Valid(v))}"),
            Gen.OneOf("period=9999", "view=99", "period=", "period=%20", "unit=", "period=2026-10&period=2026-11")).Array[0, 3]
        select parts.Length == 0 ? "" : "?" + string.Join('&', parts);

    private static readonly Gen<object?> Value = Gen.Frequency(
        (6, Odd.Select(s => (object?)s)),
        (1, Gen.Int.Select(i => (object?)i)),
        (1, Gen.Double.Select(d => double.IsFinite(d) ? (object?)d : 0.5)),
        (1, Gen.Bool.Select(b => (object?)b)),
        (1, Gen.Const<object?>(static () => null)),
        (2, Odd.Array[0, 4].Select(a => (object?)a)),
        (2, Gen.OneOf("HL", "RHL", "KHL", "BT", "C1", "TC1", "").Select(Odd, (c, l) => (object?)new[] { new { criterionCode = c, levelCode = l } })),
        (1, Gen.Int[-5, 999].Select(i => (object?)new { channel = i })));

    private static readonly string[] Fields =
        ["dossierCode", "verificationCode", "answers", "conditions", "reasons", "comment", "idempotencyKey", "schemeCode", "levelCode", "criterionCodes", "reasonCodes", "channel"];

    private static Gen<(string? ContentType, byte[]? Bytes)> Body(IReadOnlyList<(string Dossier, string Code)> codes) => Gen.Frequency(
        (6, from fields in Gen.OneOf(Fields).Select(Value, (k, v) => (k, v)).Array[0, 8]
            from withCode in codes.Count == 0 ? Gen.Const(-1) : Gen.Int[-1, codes.Count - 1]
            from contentType in ContentTypes
            select (contentType, Json(fields, withCode < 0 ? null : codes[withCode]))),
        (2, from raw in Gen.OneOf("{", "[]", "null", "\"text\"", "1e999", "{\"dossierCode\":", "{\"answers\":{}}", "{\"dossierCode\":[1,2]}", "{\"channel\":\"Nope\"}", "\uFEFF{}", "{\"a\":" + new string('[', 200))
            from contentType in ContentTypes
            select (contentType, (byte[]?)Encoding.UTF8.GetBytes(raw))),
        (1, from bytes in Gen.Byte.Array[0, 64] select ((string?)"application/json", (byte[]?)bytes)),
        (1, Gen.Const<(string?, byte[]?)>((null, null))));

    private static readonly Gen<string?> ContentTypes = Gen.Frequency(
        (8, Gen.Const<string?>("application/json")),
        (1, Gen.OneOf<string?>("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=utf-16",
            "application/json; charset=bogus", "application/xml", "application/problem+json", "application/merge-patch+json")));

    private static byte[] Json((string Key, object? Value)[] fields, (string Dossier, string Code)? code)
    {
        var body = new Dictionary<string, object?>();
        if (code is { } c)
        {
            body["dossierCode"] = c.Dossier;
            body["verificationCode"] = c.Code;
        }

        foreach (var (key, value) in fields)
        {
            body[key] = value;
        }

        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    private static string Path(FuzzTarget target, string[] values)
    {
        var i = 0;
        return "/" + string.Join('/', target.Segments.Select(s => s.IsParameter ? Uri.EscapeDataString(Valid(values[i++])) : s.Text));
    }

    /// <summary>A lone surrogate cannot be put in a URL; it stays in bodies.</summary>
    private static string Valid(string s) => string.Concat(s.Where(ch => !char.IsSurrogate(ch)));
}
