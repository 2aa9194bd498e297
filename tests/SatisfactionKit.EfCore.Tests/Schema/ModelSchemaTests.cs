using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SatisfactionKit.EfCore.Tests.Infrastructure;

namespace SatisfactionKit.EfCore.Tests.Schema;

/// <summary>
/// The tables, columns, store types and indexes SatisfactionKit adds to a vendor's context, for each
/// provider, with the default names and with a custom schema and prefix.
/// </summary>
public sealed class ModelSchemaTests
{
    public static TheoryData<string> Providers => [ModelProviders.Sqlite, ModelProviders.Postgres, ModelProviders.SqlServer];

    /// <summary>Ratings columns: name → (SQLite, PostgreSQL, SQL Server store type, nullable).</summary>
    private static readonly Dictionary<string, (string Sqlite, string Postgres, string SqlServer, bool Nullable)> RatingColumns = new()
    {
        ["Id"] = ("TEXT", "uuid", "uniqueidentifier", false),
        ["SchemeCode"] = ("TEXT", "character varying(64)", "varchar(64)", false),
        ["SchemeVersion"] = ("INTEGER", "integer", "int", false),
        ["DossierCode"] = ("TEXT", "character varying(64)", "varchar(64)", true),
        ["ProcedureCode"] = ("TEXT", "character varying(64)", "varchar(64)", true),
        ["UnitCode"] = ("TEXT", "character varying(64)", "varchar(64)", true),
        ["OfficerId"] = ("TEXT", "character varying(64)", "varchar(64)", true),
        ["CounterId"] = ("TEXT", "character varying(64)", "varchar(64)", true),
        ["SurveyId"] = ("TEXT", "character varying(64)", "varchar(64)", true),
        ["Channel"] = ("INTEGER", "integer", "int", false),
        ["IsSatisfied"] = ("INTEGER", "boolean", "bit", false),
        ["Comment"] = ("TEXT", "character varying(4000)", "nvarchar(4000)", true),
        ["ResultReturnedAt"] = ("TEXT", "timestamp with time zone", "datetime2", true),
        ["SubmittedAt"] = ("TEXT", "timestamp with time zone", "datetime2", false),
        ["DeviceId"] = ("TEXT", "character varying(128)", "varchar(128)", true),
        ["PromptId"] = ("TEXT", "uuid", "uniqueidentifier", true),
        ["IdempotencyKey"] = ("TEXT", "character varying(128)", "varchar(128)", false),
        ["DossierSlot"] = ("TEXT", "character varying(72)", "varchar(72)", true),
        ["ChainKey"] = ("TEXT", "character varying(72)", "varchar(72)", false),
        ["ChainSequence"] = ("INTEGER", "bigint", "bigint", false),
        ["PreviousHash"] = ("BLOB", "bytea", "varbinary(32)", false),
        ["Hash"] = ("BLOB", "bytea", "varbinary(32)", false),
        ["EncodingVersion"] = ("INTEGER", "smallint", "tinyint", false),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_vendor_context_gets_our_tables_beside_its_own(string provider)
    {
        using var context = ModelProviders.Vendor(provider);

        var tables = ModelProviders.RelationalModel(context).Tables.Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["Dossiers", "SK_Alerts", "SK_AnswerRollups", "SK_ChainHeads", "SK_CounterDevices", "SK_DissatisfiedDossiers", "SK_Prompts", "SK_RatingAnswers", "SK_RatingBatches", "SK_RatingChoices", "SK_RatingInvitations", "SK_RatingRollups", "SK_RatingSchemes", "SK_Ratings", "SK_RepeatedDissatisfiedRatings", "SK_RollupState", "SK_StrayPresses", "SK_SurveyCampaigns", "SK_UnitSuccessions", "SK_UnitVersions", "SK_VerificationAttempts", "SK_VerificationCodes", "SK_VerificationLimits"], tables);
        Assert.Same(typeof(DbContext), typeof(VendorDbContext).BaseType);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Rating_columns_have_explicit_types_and_lengths(string provider)
    {
        using var context = ModelProviders.Vendor(provider);
        var table = ModelProviders.Table(context, "SK_Ratings", null);

        Assert.Equal(RatingColumns.Keys.Order(StringComparer.Ordinal), table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var column in table.Columns)
        {
            var expected = RatingColumns[column.Name];
            var type = provider switch { ModelProviders.Sqlite => expected.Sqlite, ModelProviders.Postgres => expected.Postgres, _ => expected.SqlServer };
            Assert.True(type == column.StoreType, $"{column.Name}: expected {type}, found {column.StoreType}");
            Assert.True(expected.Nullable == column.IsNullable, $"{column.Name}: nullable should be {expected.Nullable}");
        }

        Assert.Equal(["Id"], table.PrimaryKey!.Columns.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Answer_choice_prompt_stray_and_scheme_columns_have_explicit_types(string provider)
    {
        using var context = ModelProviders.Vendor(provider);
        string Type(string table, string column) => ModelProviders.Table(context, table, null).FindColumn(column)!.StoreType;
        var (code, level, text, unbounded) = provider switch
        {
            ModelProviders.Sqlite => ("TEXT", "TEXT", "TEXT", "TEXT"),
            ModelProviders.Postgres => ("character varying(64)", "character varying(32)", "character varying(1000)", "text"),
            _ => ("varchar(64)", "varchar(32)", "nvarchar(1000)", "nvarchar(max)"),
        };

        Assert.Equal(code, Type("SK_RatingAnswers", "CriterionCode"));
        Assert.Equal(level, Type("SK_RatingAnswers", "LevelCode"));
        Assert.Equal(code, Type("SK_RatingChoices", "Code"));
        Assert.Equal(code, Type("SK_Prompts", "CounterId"));
        Assert.Equal(code, Type("SK_Prompts", "UnitCode"));
        Assert.Equal(level, Type("SK_Prompts", "IncompleteLevelCode"));
        Assert.Equal(text, Type("SK_Prompts", "Note"));
        Assert.Equal(level, Type("SK_StrayPresses", "LevelCode"));
        Assert.Equal(code, Type("SK_RatingSchemes", "Code"));
        Assert.Equal(unbounded, Type("SK_RatingSchemes", "Json"));
        Assert.Equal(["RatingId", "Position"], ModelProviders.Table(context, "SK_RatingAnswers", null).PrimaryKey!.Columns.Select(c => c.Name));
        Assert.Equal(["RatingId", "Kind", "Position"], ModelProviders.Table(context, "SK_RatingChoices", null).PrimaryKey!.Columns.Select(c => c.Name));
        Assert.Equal(["Code", "Version"], ModelProviders.Table(context, "SK_RatingSchemes", null).PrimaryKey!.Columns.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Unit_catalogue_columns_keep_codes_as_text_and_dates_as_dates(string provider)
    {
        using var context = ModelProviders.Vendor(provider);
        var versions = ModelProviders.Table(context, "SK_UnitVersions", null);
        var successions = ModelProviders.Table(context, "SK_UnitSuccessions", null);
        var (code, level, name, date, flag) = provider switch
        {
            ModelProviders.Sqlite => ("TEXT", "TEXT", "TEXT", "TEXT", "INTEGER"),
            ModelProviders.Postgres => ("character varying(64)", "character varying(32)", "character varying(256)", "date", "boolean"),
            _ => ("varchar(64)", "nvarchar(32)", "nvarchar(256)", "date", "bit"),
        };

        Assert.Equal(
            [("LevelCode", level, false), ("NameEn", name, true), ("NameVi", name, false), ("ParentCode", code, true), ("UnitCode", code, false), ("ValidFrom", date, false), ("ValidTo", date, true)],
            versions.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Name, c.StoreType, c.IsNullable)));
        Assert.Equal(
            [("CarriesHistory", flag, false), ("EffectiveOn", date, false), ("PredecessorCode", code, false), ("SuccessorCode", code, false)],
            successions.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Name, c.StoreType, c.IsNullable)));
        Assert.Equal(["UnitCode", "ValidFrom"], versions.PrimaryKey!.Columns.Select(c => c.Name));
        Assert.Equal(["PredecessorCode", "SuccessorCode"], successions.PrimaryKey!.Columns.Select(c => c.Name));
        Assert.Equal(["IX_SK_UnitVersions_ParentCode"], versions.Indexes.Select(i => i.Name));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_report_indexes_and_the_unique_idempotency_key_exist(string provider)
    {
        using var context = ModelProviders.Vendor(provider);
        var indexes = ModelProviders.Table(context, "SK_Ratings", null).Indexes.ToDictionary(i => i.Name, i => (Columns: string.Join(",", i.Columns.Select(c => c.Name)), i.IsUnique));

        Assert.Equal(("IdempotencyKey", true), indexes["IX_SK_Ratings_IdempotencyKey"]);
        Assert.Equal(("DossierCode", false), indexes["IX_SK_Ratings_DossierCode"]);
        Assert.Equal(("UnitCode,SubmittedAt", false), indexes["IX_SK_Ratings_UnitCode_SubmittedAt"]);
        Assert.Equal(("ProcedureCode,SubmittedAt", false), indexes["IX_SK_Ratings_ProcedureCode_SubmittedAt"]);
        Assert.Equal(("OfficerId,SubmittedAt", false), indexes["IX_SK_Ratings_OfficerId_SubmittedAt"]);
        Assert.Equal(("SubmittedAt", false), indexes["IX_SK_Ratings_SubmittedAt"]);
        Assert.Equal(("IsSatisfied,SubmittedAt", false), indexes["IX_SK_Ratings_IsSatisfied_SubmittedAt"]);
        Assert.Equal(("ChainKey,ChainSequence", true), indexes["IX_SK_Ratings_ChainKey_ChainSequence"]);
        Assert.Equal(("DossierSlot", true), indexes["IX_SK_Ratings_DossierSlot"]);
        Assert.Equal(9, indexes.Count);

        var prompts = ModelProviders.Table(context, "SK_Prompts", null).Indexes.Select(i => i.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["IX_SK_Prompts_ChainKey_ChainSequence", "IX_SK_Prompts_CounterId_OpenedAt", "IX_SK_Prompts_DossierCode", "IX_SK_Prompts_UnitCode_OpenedAt"], prompts);
        // Prompt records and stray presses are chained as ratings are: one link per (chain, sequence).
        Assert.True(ModelProviders.Table(context, "SK_Prompts", null).Indexes.Single(i => i.Name == "IX_SK_Prompts_ChainKey_ChainSequence").IsUnique);
        Assert.True(ModelProviders.Table(context, "SK_StrayPresses", null).Indexes.Single(i => i.Name == "IX_SK_StrayPresses_ChainKey_ChainSequence").IsUnique);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_custom_schema_and_prefix_name_every_table_key_and_index(string provider)
    {
        using var context = ModelProviders.Context<CustomSchemaVendorDbContext>(provider);
        var model = ModelProviders.RelationalModel(context);
        var schema = CustomSchemaVendorDbContext.Schema;

        var ours = model.Tables.Where(t => t.Name != "Dossiers").ToList();
        Assert.Equal(
            ["hl_Alerts", "hl_AnswerRollups", "hl_ChainHeads", "hl_CounterDevices", "hl_DissatisfiedDossiers", "hl_Prompts", "hl_RatingAnswers", "hl_RatingBatches", "hl_RatingChoices", "hl_RatingInvitations", "hl_RatingRollups", "hl_RatingSchemes", "hl_Ratings", "hl_RepeatedDissatisfiedRatings", "hl_RollupState", "hl_StrayPresses", "hl_SurveyCampaigns", "hl_UnitSuccessions", "hl_UnitVersions", "hl_VerificationAttempts", "hl_VerificationCodes", "hl_VerificationLimits"],
            ours.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(ours, t => Assert.Equal(schema, t.Schema));
        Assert.Null(model.FindTable("Dossiers", null)!.Schema);
        var ratings = model.FindTable("hl_Ratings", schema)!;
        Assert.Equal("PK_hl_Ratings", ratings.PrimaryKey!.Name);
        Assert.Contains(ratings.Indexes, i => i.Name == "IX_hl_Ratings_IdempotencyKey" && i.IsUnique);
        Assert.All(ours.SelectMany(t => t.Indexes), i => Assert.StartsWith("IX_hl_", i.Name, StringComparison.Ordinal));
        Assert.All(ours.SelectMany(t => t.ForeignKeyConstraints), f => Assert.StartsWith("FK_hl_", f.Name, StringComparison.Ordinal));

        // SQLite has no schemas: the model keeps the name, the DDL leaves it out (with a warning).
        var script = context.Database.GenerateCreateScript();
        // Npgsql quotes only the identifiers that need it (mixed case).
        var quoted = provider == ModelProviders.SqlServer ? "[satisfaction].[hl_Ratings]" : "satisfaction.\"hl_Ratings\"";
        if (provider == ModelProviders.Sqlite)
        {
            Assert.Contains("CREATE TABLE \"hl_Ratings\"", script, StringComparison.Ordinal);
            Assert.DoesNotContain("satisfaction", script, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"CREATE TABLE {quoted}", script, StringComparison.Ordinal);
        }
    }
}
