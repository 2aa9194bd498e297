using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SatisfactionKit.EfCore.Tests.Infrastructure;

namespace SatisfactionKit.EfCore.Tests.Schema;

/// <summary>
/// Builds a vendor context's model for each provider without a server: the model and its DDL need
/// none, only the provider's type mappings.
/// </summary>
internal static class ModelProviders
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string SqlServer = "sqlserver";

    public static TContext Context<TContext>(string provider)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        _ = provider switch
        {
            Sqlite => options.UseSqlite("Data Source=model-only.db"),
            Postgres => options.UseNpgsql("Host=127.0.0.1;Database=model_only"),
            SqlServer => options.UseSqlServer("Server=127.0.0.1,1;Database=model_only;Encrypt=false"),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }

    public static IRelationalModel RelationalModel(DbContext context) =>
        context.GetService<IDesignTimeModel>().Model.GetRelationalModel();

    public static ITable Table(DbContext context, string name, string? schema) =>
        RelationalModel(context).FindTable(name, schema) ?? throw new Xunit.Sdk.XunitException($"No table {schema}.{name} in the model.");

    public static VendorDbContext Vendor(string provider) => Context<VendorDbContext>(provider);
}
