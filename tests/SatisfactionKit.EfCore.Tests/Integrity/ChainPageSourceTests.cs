using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EfCore.Tests.Integrity;

/// <summary>
/// The verifier's page source (<see cref="IChainPageSource"/>: binary COPY on PostgreSQL, portable SQL on
/// SQLite) read in pages of seven sequence numbers, so that a chain of 40 crosses six page boundaries with the
/// reader running ahead of the hashing: the pages must hold exactly what the portable reader reads, the chain
/// must verify, and a rating changed in SQL in a later page must be reported with its sequence and id.
/// </summary>
public abstract class ChainPageSourceTests
{
    private const string Unit = "UBND-Q7";
    private const int ChainLength = 40;

    protected abstract string Provider { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Small_pages_read_ahead_equal_the_portable_reader_verify_and_find_a_rating_changed_in_a_later_page()
    {
        await using var fixture = await StoreFixture.CreateAsync(Provider, configure: services =>
        {
            var registered = services.Last(d => d.ServiceType == typeof(IChainPageSource));
            services.Replace(ServiceDescriptor.Singleton<IChainPageSource>(sp => new SmallPages(
                registered.ImplementationInstance as IChainPageSource ?? (IChainPageSource)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
        });
        for (var i = 0; i < ChainLength; i++)
        {
            var rating = ChainTests.RatingOf(Unit, i);
            // Every fifth rating with its optional columns empty: NULLs must read back as NULLs.
            await fixture.Ratings.AddAsync(i % 5 == 0 ? rating with { Comment = null, ResultReturnedAt = null, DeviceId = null, PromptId = null, Conditions = [], Reasons = [] } : rating, Ct);
        }

        var source = fixture.Services.GetRequiredService<IChainPageSource>();
        await using (var context = fixture.NewContext())
        {
            await context.Database.OpenConnectionAsync(Ct);
            var read = await source.ReadAsync(context, Unit, 0, ChainLength, Ct);
            var portable = await IChainPageSource.Portable.ReadAsync(context, Unit, 0, ChainLength, Ct);
            Assert.Equal(portable.Select(Describe), read.Select(Describe));
            Assert.Equal(Enumerable.Range(1, ChainLength).Select(i => (long)i), read.Select(r => r.ChainSequence));
            Assert.Equal(ChainLength * 4, read.Sum(r => r.Answers.Count));
            Assert.Empty(await source.ReadAsync(context, Unit, ChainLength, ChainLength + 100, Ct));
        }

        var intact = await fixture.ChainVerifier.VerifyAsync(Unit, cancellationToken: Ct);
        Assert.True(intact.IsIntact, intact.ToString());
        Assert.Equal(ChainLength, intact.LinksChecked);

        await using (var context = fixture.NewContext())
        {
            var target = await context.Set<RatingEntity>().SingleAsync(r => r.ChainKey == Unit && r.ChainSequence == 30, Ct);
            await context.Database.ExecuteSqlRawAsync("UPDATE \"SK_RatingAnswers\" SET \"Value\" = 9 WHERE \"RatingId\" = {0} AND \"Position\" = 2", [target.Id], Ct);
            var broken = await fixture.ChainVerifier.VerifyAsync(Unit, cancellationToken: Ct);
            Assert.Equal((ChainBreak.ModifiedRating, target.Id, 30L), (broken.Break, broken.RatingId, broken.Sequence));
        }
    }

    private static string Describe(RatingEntity r) => string.Join('|', new object?[]
    {
        r.Id, r.SchemeCode, r.SchemeVersion, r.DossierCode, r.ProcedureCode, r.UnitCode, r.OfficerId, r.CounterId, r.SurveyId, r.Channel, r.IsSatisfied,
        r.Comment, r.ResultReturnedAt?.Ticks, r.SubmittedAt.Ticks, r.DeviceId, r.PromptId, r.IdempotencyKey, r.ChainKey, r.ChainSequence,
        Convert.ToHexString(r.PreviousHash), Convert.ToHexString(r.Hash), r.EncodingVersion,
        string.Join(';', r.Answers.OrderBy(a => a.Position).Select(a => $"{a.Position},{a.CriterionCode},{a.LevelCode},{a.Value},{a.IsSatisfied}")),
        string.Join(';', r.Choices.OrderBy(c => c.Kind).ThenBy(c => c.Position).Select(c => $"{c.Kind},{c.Position},{c.Code}")),
    }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    /// <summary>The registered source, asked for pages of seven.</summary>
    private sealed class SmallPages(IChainPageSource inner) : IChainPageSource
    {
        public int PageSize(DbContext context) => 7;

        public Task<List<RatingEntity>> ReadAsync(DbContext context, string chainKey, long after, long upTo, CancellationToken cancellationToken) =>
            inner.ReadAsync(context, chainKey, after, upTo, cancellationToken);
    }
}

/// <summary>Over a SQLite file: the portable source.</summary>
public sealed class SqliteChainPageSourceTests : ChainPageSourceTests
{
    protected override string Provider => "sqlite";
}

/// <summary>Over PostgreSQL: binary COPY (<c>UsePostgreSqlCopyVerification</c>).</summary>
public sealed class PostgresChainPageSourceTests : ChainPageSourceTests
{
    protected override string Provider => "postgres";
}
