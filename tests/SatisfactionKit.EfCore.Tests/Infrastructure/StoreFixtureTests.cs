using Microsoft.Extensions.DependencyInjection;

namespace SatisfactionKit.EfCore.Tests.Infrastructure;

/// <summary>
/// Tests over a fresh <see cref="StoreFixture"/> per test, run once per provider by derived classes; with
/// <see cref="BulkImport"/>, PostgreSQL writes its groups with binary COPY.
/// </summary>
public abstract class StoreFixtureTests : IAsyncLifetime
{
    private StoreFixture? _fixture;

    /// <summary>The provider: <c>sqlite</c> or <c>postgres</c>.</summary>
    protected abstract string Provider { get; }

    /// <summary>Whether groups are written with PostgreSQL's binary COPY (<c>UsePostgreSqlBulkImport</c>).</summary>
    protected virtual bool BulkImport => false;

    protected StoreFixture Fixture => _fixture!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fixture = await StoreFixture.CreateAsync(Provider, configure: services =>
    {
        if (BulkImport)
        {
            services.AddSatisfactionKit().UsePostgreSqlBulkImport();
        }
    });

    public async ValueTask DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
