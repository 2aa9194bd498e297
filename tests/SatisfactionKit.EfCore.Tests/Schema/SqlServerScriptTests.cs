using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using SatisfactionKit.EfCore.Tests.Infrastructure;

namespace SatisfactionKit.EfCore.Tests.Schema;

/// <summary>SQL Server: the model builds and a migration's SQL is generated, with no server.</summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void The_create_script_has_every_table_with_its_types_and_indexes()
    {
        using var context = ModelProviders.Vendor(ModelProviders.SqlServer);

        var script = context.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE [SK_Ratings]", script, StringComparison.Ordinal);
        Assert.Contains("[IdempotencyKey] varchar(128) NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[Comment] nvarchar(4000) NULL", script, StringComparison.Ordinal);
        Assert.Contains("[SubmittedAt] datetime2 NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[CodeHash] binary(32) NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_SK_Ratings_IdempotencyKey] ON [SK_Ratings] ([IdempotencyKey])", script, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX [IX_SK_Ratings_UnitCode_SubmittedAt] ON [SK_Ratings] ([UnitCode], [SubmittedAt])", script, StringComparison.Ordinal);
        foreach (var table in new[] { "SK_RatingAnswers", "SK_RatingChoices", "SK_Prompts", "SK_StrayPresses", "SK_RatingSchemes", "SK_VerificationCodes", "SK_VerificationAttempts", "SK_SurveyCampaigns", "SK_RatingBatches", "SK_UnitVersions", "SK_UnitSuccessions", "Dossiers" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_migration_from_an_empty_database_generates_sql_in_the_custom_schema()
    {
        using var context = ModelProviders.Context<CustomSchemaVendorDbContext>(ModelProviders.SqlServer);

        // What `dotnet ef migrations add AddSatisfactionKit` computes: the difference from no model.
        var target = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var operations = context.GetService<IMigrationsModelDiffer>().GetDifferences(null, target);
        var commands = context.GetService<IMigrationsSqlGenerator>().Generate(operations, context.Model);
        var sql = string.Join("\n", commands.Select(c => c.CommandText));

        Assert.Contains("CREATE SCHEMA [satisfaction]", sql, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [satisfaction].[hl_Ratings]", sql, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT [FK_hl_RatingAnswers_hl_Ratings] FOREIGN KEY ([RatingId]) REFERENCES [satisfaction].[hl_Ratings] ([Id])", sql, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_hl_Ratings_IdempotencyKey] ON [satisfaction].[hl_Ratings] ([IdempotencyKey])", sql, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Dossiers]", sql, StringComparison.Ordinal);
    }
}
