namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>The store behaviours over a fresh database on the test PostgreSQL server, the central store.</summary>
public sealed class PostgresStoreTests : StoreTests
{
    protected override string Provider => "postgres";
}
