using System.Security.Cryptography;
using SatisfactionKit.Integrity;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Core.Tests.Integrity;

/// <summary>
/// The encodings of prompt records and stray presses are stored behind every link of their chains: pinned
/// to the bytes of version 1, and every field must change them (a field outside the bytes is a field a
/// report could read unprotected).
/// </summary>
public sealed class RecordEncodingFormatTests
{
    private static readonly PromptRecord Prompt = new()
    {
        Id = Guid.Parse("019a4a5e-8c00-7d3e-9b1f-2c4d6e8fa0b1"),
        CounterId = "QUẦY-01",
        Dossier = new DossierReference("000.00.17.H29-261102-0001", "1.001612", "UBND-Q1", "CB-001", "QUẦY-02"),
        SchemeCode = "HANOI_2014",
        SchemeVersion = 2,
        OpenedAt = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.FromHours(7)),
        ClosedAt = new DateTimeOffset(2026, 11, 2, 8, 31, 15, 250, TimeSpan.FromHours(7)),
        Outcome = PromptState.Expired,
        RatingId = Guid.Parse("2f0c9a3e-1b7d-4c55-8e21-9a0b3c4d5e6f"),
        IncompleteLevelCode = "KHL",
        Note = "Hết thời gian chờ",
    };

    private static readonly StrayPress Press = new(
        Guid.Parse("019a4a5e-8c01-7d3e-9b1f-2c4d6e8fa0b2"), "QUẦY-01", StrayPressReason.TooFast, "HL", "PAD-0001",
        Guid.Parse("2f0c9a3e-1b7d-4c55-8e21-9a0b3c4d5e6f"), new DateTimeOffset(2026, 11, 2, 8, 31, 16, TimeSpan.FromHours(7)), "UBND-Q1");

    /// <summary>The digests were also computed by an independent implementation of docs/integrity.md's description (Python's hashlib).</summary>
    [Fact]
    public void Version_1_encodings_are_the_bytes_fixed_when_the_format_was_defined()
    {
        Assert.Equal("492d44074b91a2bb84fa43d0432465d218151d8357f9468ce7c570f170e5bc7d", Convert.ToHexStringLower(SHA256.HashData(PromptRecordEncoding.Encode(Prompt))));
        Assert.Equal("d0e9d9c2642afe3f0e064d3538d4021c6352353c04d1a5c317f76b06efc10118", Convert.ToHexStringLower(SHA256.HashData(StrayPressEncoding.Encode(Press))));
    }

    [Fact]
    public void Every_field_of_a_prompt_record_is_in_its_encoding()
    {
        PromptRecord[] changed =
        [
            Prompt with { Id = Guid.CreateVersion7() },
            Prompt with { CounterId = "QUẦY-09" },
            Prompt with { Dossier = Prompt.Dossier with { DossierCode = "X" } },
            Prompt with { Dossier = Prompt.Dossier with { ProcedureCode = "X" } },
            Prompt with { Dossier = Prompt.Dossier with { UnitCode = "X" } },
            Prompt with { Dossier = Prompt.Dossier with { OfficerId = null } },
            Prompt with { Dossier = Prompt.Dossier with { CounterId = null } },
            Prompt with { SchemeCode = "X" },
            Prompt with { SchemeVersion = 3 },
            Prompt with { OpenedAt = Prompt.OpenedAt.AddTicks(10) },
            Prompt with { ClosedAt = Prompt.ClosedAt.AddTicks(10) },
            Prompt with { Outcome = PromptState.Rated },
            Prompt with { RatingId = null },
            Prompt with { IncompleteLevelCode = null },
            Prompt with { Note = string.Empty },
        ];

        var original = PromptRecordEncoding.Encode(Prompt);
        Assert.All(changed, c => Assert.NotEqual(original, PromptRecordEncoding.Encode(c)));
        Assert.Equal(changed.Length, changed.Select(c => Convert.ToHexString(PromptRecordEncoding.Encode(c))).Distinct().Count());
    }

    [Fact]
    public void Every_field_of_a_stray_press_is_in_its_encoding()
    {
        StrayPress[] changed =
        [
            Press with { Id = Guid.CreateVersion7() },
            Press with { CounterId = "QUẦY-09" },
            Press with { Reason = StrayPressReason.NoOpenPrompt },
            Press with { LevelCode = null },
            Press with { DeviceId = null },
            Press with { PromptId = null },
            Press with { PressedAt = Press.PressedAt.AddTicks(10) },
            Press with { UnitCode = null },
        ];

        var original = StrayPressEncoding.Encode(Press);
        Assert.All(changed, c => Assert.NotEqual(original, StrayPressEncoding.Encode(c)));
    }

    [Theory]
    [InlineData("UBND-Q1", ChainKind.Ratings)]
    [InlineData("survey:KS-2026", ChainKind.Ratings)]
    [InlineData("prompts:UBND-Q1", ChainKind.PromptRecords)]
    [InlineData("strays:UBND-Q1", ChainKind.StrayPresses)]
    [InlineData("strays:", ChainKind.StrayPresses)]
    public void A_chain_s_kind_is_told_by_its_key(string key, ChainKind kind)
    {
        Assert.Equal(kind, RecordChains.KindOf(key));
        Assert.Equal(kind, new ChainVerificationResult(key, 0).Kind);
    }

    [Fact]
    public void Record_chain_keys_are_per_unit_with_one_for_presses_without_a_unit()
    {
        Assert.Equal("prompts:UBND-Q1", RecordChains.PromptKeyOf("UBND-Q1"));
        Assert.Equal("strays:UBND-Q1", RecordChains.StrayKeyOf("UBND-Q1"));
        Assert.Equal("strays:", RecordChains.StrayKeyOf(null));
    }
}
