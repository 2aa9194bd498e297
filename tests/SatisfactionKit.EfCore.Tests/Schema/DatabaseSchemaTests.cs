using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SatisfactionKit.EfCore.Tests.Infrastructure;

namespace SatisfactionKit.EfCore.Tests.Schema;

/// <summary>
/// The tables as the databases themselves report them after <c>EnsureCreated</c> (in the manner of
/// ASP.NET Core Identity's schema tests): SQLite's <c>pragma</c> views, PostgreSQL's catalog.
/// </summary>
public sealed class DatabaseSchemaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sqlite_file_has_our_tables_columns_and_unique_key_beside_the_vendors()
    {
        await using var database = new SqliteTestDatabase();
        await CreateAsync<VendorDbContext>(database);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);

        var tables = await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name");
        Assert.Equal(["Dossiers", "SK_Alerts", "SK_AnswerRollups", "SK_ChainHeads", "SK_CounterDevices", "SK_DissatisfiedDossiers", "SK_Prompts", "SK_RatingAnswers", "SK_RatingBatches", "SK_RatingChoices", "SK_RatingInvitations", "SK_RatingRollups", "SK_RatingSchemes", "SK_Ratings", "SK_RepeatedDissatisfiedRatings", "SK_RollupState", "SK_StrayPresses", "SK_SurveyCampaigns", "SK_UnitSuccessions", "SK_UnitVersions", "SK_VerificationAttempts", "SK_VerificationCodes", "SK_VerificationLimits"], tables);

        var columns = await ListAsync(connection, "SELECT name || ' ' || type || ' ' || \"notnull\" FROM pragma_table_info('SK_Ratings') ORDER BY name");
        Assert.Contains("IdempotencyKey TEXT 1", columns);
        Assert.Contains("SubmittedAt TEXT 1", columns);
        Assert.Contains("Comment TEXT 0", columns);
        Assert.Contains("Channel INTEGER 1", columns);
        Assert.Contains("DossierSlot TEXT 0", columns);
        Assert.Equal(23, columns.Count);

        var unique = await ListAsync(connection, "SELECT name FROM pragma_index_list('SK_Ratings') WHERE \"unique\" = 1 AND origin = 'c' ORDER BY name");
        Assert.Equal(["IX_SK_Ratings_ChainKey_ChainSequence", "IX_SK_Ratings_DossierSlot", "IX_SK_Ratings_IdempotencyKey"], unique);
        var indexes = await ListAsync(connection, "SELECT name FROM pragma_index_list('SK_Ratings') WHERE origin = 'c' ORDER BY name");
        Assert.Equal(9, indexes.Count);
    }

    [Fact]
    public async Task Postgres_custom_schema_holds_our_prefixed_tables_with_their_types_and_indexes()
    {
        await using var database = new PostgresTestDatabase();
        await CreateAsync<CustomSchemaVendorDbContext>(database);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);

        var tables = await ListAsync(connection, "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema IN ('public', 'satisfaction') ORDER BY 1");
        Assert.Equal(
            ["public.Dossiers", "satisfaction.hl_Alerts", "satisfaction.hl_AnswerRollups", "satisfaction.hl_ChainHeads", "satisfaction.hl_CounterDevices", "satisfaction.hl_DissatisfiedDossiers", "satisfaction.hl_Prompts", "satisfaction.hl_RatingAnswers", "satisfaction.hl_RatingBatches", "satisfaction.hl_RatingChoices", "satisfaction.hl_RatingInvitations", "satisfaction.hl_RatingRollups", "satisfaction.hl_RatingSchemes", "satisfaction.hl_Ratings", "satisfaction.hl_RepeatedDissatisfiedRatings", "satisfaction.hl_RollupState", "satisfaction.hl_StrayPresses", "satisfaction.hl_SurveyCampaigns", "satisfaction.hl_UnitSuccessions", "satisfaction.hl_UnitVersions", "satisfaction.hl_VerificationAttempts", "satisfaction.hl_VerificationCodes", "satisfaction.hl_VerificationLimits"],
            tables);

        var columns = await ListAsync(connection,
            "SELECT column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '-') || ' ' || is_nullable " +
            "FROM information_schema.columns WHERE table_schema = 'satisfaction' AND table_name = 'hl_Ratings' ORDER BY column_name");
        Assert.Contains("IdempotencyKey character varying 128 NO", columns);
        Assert.Contains("DossierCode character varying 64 YES", columns);
        Assert.Contains("Comment character varying 4000 YES", columns);
        Assert.Contains("SubmittedAt timestamp with time zone - NO", columns);
        Assert.Contains("Id uuid - NO", columns);
        Assert.Contains("IsSatisfied boolean - NO", columns);
        Assert.Contains("DossierSlot character varying 72 YES", columns);
        Assert.Equal(23, columns.Count);

        var indexes = await ListAsync(connection, "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'satisfaction' AND tablename = 'hl_Ratings' ORDER BY indexname");
        Assert.Contains(indexes, i => i.StartsWith("IX_hl_Ratings_IdempotencyKey CREATE UNIQUE INDEX", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.StartsWith("IX_hl_Ratings_OfficerId_SubmittedAt ", StringComparison.Ordinal) && i.Contains("(\"OfficerId\", \"SubmittedAt\")", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.StartsWith("IX_hl_Ratings_ChainKey_ChainSequence CREATE UNIQUE INDEX", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.StartsWith("IX_hl_Ratings_DossierSlot CREATE UNIQUE INDEX", StringComparison.Ordinal));
        Assert.Equal(10, indexes.Count); // the primary key and nine indexes
    }

    private static async Task CreateAsync<TContext>(TestDatabase database)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        database.Configure(options);
        await using var context = (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
        await context.Database.EnsureCreatedAsync(Ct);
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var values = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
