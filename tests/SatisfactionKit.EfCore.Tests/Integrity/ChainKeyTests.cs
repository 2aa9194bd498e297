using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.EntityFrameworkCore.Stores;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Integrity;

/// <summary>The group writer picks a rating's lane by its chain key before mapping it: both ways of reading the key must agree.</summary>
public sealed class ChainKeyTests
{
    public static TheoryData<string> Kinds => ["dossier", "officer", "survey"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_key_of_a_rating_is_the_key_of_its_stored_row(string kind)
    {
        var rating = kind switch
        {
            "dossier" => Samples.Rating(),
            "officer" => Samples.Rating() with { Dossier = null, Officer = new OfficerReference("UBND-Q3", "CB-003"), Channel = RatingChannel.OnlineByOfficer },
            _ => Samples.Rating() with { Dossier = null, SurveyId = "KS-2026-Q4", Channel = RatingChannel.Online },
        };

        var key = ChainHeads.KeyOf(rating);

        Assert.Equal(ChainHeads.KeyOf(SatisfactionKit.EntityFrameworkCore.Entities.RatingMapper.ToEntity(rating)), key);
        Assert.Equal(kind switch { "dossier" => "UBND-Q1", "officer" => "UBND-Q3", _ => "survey:KS-2026-Q4" }, key);
    }
}
