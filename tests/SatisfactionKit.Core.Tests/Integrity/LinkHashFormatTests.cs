using System.Security.Cryptography;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Core.Tests.Integrity;

/// <summary>
/// Link hashes are stored with every rating, so the encoding and the hash function must give the same
/// bytes in every release and on every system: these tests pin them to values computed when encoding
/// version 1 was fixed, and check OpenSSL's low-level SHA-256 against .NET's.
/// </summary>
public sealed class LinkHashFormatTests
{
    private static Rating FullRating(bool withDossier) => new()
    {
        Id = Guid.Parse("019a4a5e-8c00-7d3e-9b1f-2c4d6e8fa0b1"),
        SchemeCode = "SIPAS_2017",
        SchemeVersion = 3,
        Dossier = withDossier ? new DossierReference("000.00.17.H29-261102-0001", "1.001612", "UBND-Q1", "CB-001", "QUẦY-01") : null,
        Officer = withDossier ? null : new OfficerReference("UBND-Q1", "CB-007"),
        SurveyId = withDossier ? null : "KS-2026",
        Channel = RatingChannel.Online,
        Answers = [new("THAI_DO", "RHL", 5, true), new("HO_SO", "KHL", 2, false), new("CSVC", "BT", 3, true)],
        Conditions = ["Wi-Fi", "Bãi đỗ xe"],
        Reasons = ["Chờ lâu", "Thái độ"],
        Comment = "Cán bộ nhiệt tình, hướng dẫn rõ ràng 👍",
        ResultReturnedAt = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.FromHours(7)),
        SubmittedAt = new DateTimeOffset(2026, 11, 2, 8, 31, 15, 250, TimeSpan.FromHours(7)),
        DeviceId = "PAD-0001",
        PromptId = Guid.Parse("2f0c9a3e-1b7d-4c55-8e21-9a0b3c4d5e6f"),
        IdempotencyKey = "prompt:2f0c9a3e",
    };

    [Theory]
    [InlineData(true, "1d95cade13eda2fa1e612141dc07422fda16627e074a8e62fbe385ed4d2db62c", "202ac9657d6eb14545e87cf1461ba63c7442c8a64f060b0871ac9ff7f21b4793")]
    [InlineData(false, "339c93de4cf1cc47e92e66f9590cc4b8b7e68c7cb95bb55bf71229b15f195f03", "773edec84eb64c02029fc2842b6de942d6b3dec9617cfe9e08556a392cc49715")]
    public void Encoding_version_1_and_link_hashes_are_the_bytes_fixed_when_the_format_was_defined(bool withDossier, string encodingSha256, string secondLinkHash)
    {
        var rating = FullRating(withDossier);
        var first = RatingChain.Append(null, rating);
        var second = RatingChain.Append(first, rating with { Id = Guid.Parse("019a4a5e-8c01-7d3e-9b1f-2c4d6e8fa0b2") });

        Assert.Equal(encodingSha256, Convert.ToHexStringLower(SHA256.HashData(RatingEncoding.Encode(rating))));
        Assert.Equal(secondLinkHash, Convert.ToHexStringLower(second.Hash));
    }

    [Fact]
    public void The_verifier_s_reused_hasher_gives_the_links_that_appending_gave()
    {
        var rating = FullRating(withDossier: true);
        var link = RatingChain.Append(null, rating);
        using var hasher = new LinkHasher();
        var hash = new byte[32];

        hasher.Compute(link.ChainKey, link.Sequence, link.PreviousHash, rating, hash);

        Assert.Equal(link.Hash, hash);
    }

    [Fact]
    public void On_linux_links_are_hashed_by_openssl_s_low_level_sha256_and_it_agrees_with_dotnet_s()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "OpenSSL's low-level SHA-256 is used on Linux only.");
        Assert.True(LinkSha256.UsesOpenSsl, "libcrypto was not loaded or failed its self-test: links are hashed by .NET's slower path.");

        var data = RandomNumberGenerator.GetBytes(5000);
        var expected = new byte[32];
        var actual = new byte[32];
        for (var length = 0; length <= data.Length; length += length < 300 ? 1 : 97)
        {
            SHA256.HashData(data.AsSpan(0, length), expected);
            LinkSha256.HashWithOpenSsl(data.AsSpan(0, length), actual);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"length {length}");
        }
    }
}
