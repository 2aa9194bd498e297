using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IRatingSchemeStore"/> over the vendor's <typeparamref name="TContext"/>, keeping each
/// version as JSON; a thread-safe singleton that opens a scope and context per call.
/// </summary>
/// <remarks>
/// A stored version never changes, so a version once read is kept in memory: asking for an exact version
/// again (every rating names one) costs no query and no JSON parse. Asking for the highest version still
/// queries, since a new version may have been published meanwhile.
/// </remarks>
internal sealed class EntityFrameworkRatingSchemeStore<TContext>(IServiceScopeFactory scopes, TimeProvider timeProvider) : IRatingSchemeStore
    where TContext : DbContext
{
    private readonly ConcurrentDictionary<(string Code, int Version), RatingScheme> _read = new();

    public async ValueTask<RatingScheme?> FindAsync(string code, int? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (version is { } wanted && _read.TryGetValue((code, wanted), out var known))
        {
            return known;
        }

        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var query = scope.ServiceProvider.GetRequiredService<TContext>().Set<RatingSchemeEntity>().AsNoTracking().Where(s => s.Code == code);
            if (version is { } exact)
            {
                query = query.Where(s => s.Version == exact);
            }

            var json = await query.OrderByDescending(s => s.Version).Select(s => s.Json).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (json is null)
            {
                return null;
            }

            var scheme = RatingSchemeJson.Deserialize(json);
            return _read.GetOrAdd((scheme.Code, scheme.Version), scheme);
        }
    }

    public async ValueTask<IReadOnlyList<RatingScheme>> ListAsync(CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var all = await scope.ServiceProvider.GetRequiredService<TContext>().Set<RatingSchemeEntity>().AsNoTracking()
                .OrderBy(s => s.Code).ThenBy(s => s.Version)
                .Select(s => s.Json)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. all.Select(RatingSchemeJson.Deserialize)];
        }
    }

    public async ValueTask AddAsync(RatingScheme scheme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        RatingSchemeValidator.Instance.EnsureValid(scheme);
        var json = RatingSchemeJson.Serialize(scheme);

        if (await StoredJsonAsync(scheme, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            EnsureSame(scheme, stored, json);
            return;
        }

        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var context = scope.ServiceProvider.GetRequiredService<TContext>();
                context.Set<RatingSchemeEntity>().Add(new RatingSchemeEntity
                {
                    Code = scheme.Code,
                    Version = scheme.Version,
                    Json = json,
                    StoredAt = timeProvider.GetUtcNow().UtcDateTime,
                });
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbUpdateException)
        {
            // Stored concurrently by another writer: fine when it is the same content.
            var raced = await StoredJsonAsync(scheme, cancellationToken).ConfigureAwait(false);
            if (raced is null)
            {
                throw;
            }

            EnsureSame(scheme, raced, json);
        }
    }

    private async ValueTask<string?> StoredJsonAsync(RatingScheme scheme, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<TContext>().Set<RatingSchemeEntity>().AsNoTracking()
                .Where(s => s.Code == scheme.Code && s.Version == scheme.Version)
                .Select(s => s.Json)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void EnsureSame(RatingScheme scheme, string storedJson, string json)
    {
        if (!string.Equals(storedJson, json, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Bộ tiêu chí {scheme.Code} phiên bản {scheme.Version} đã được lưu với nội dung khác; hãy phát hành phiên bản mới. / " +
                $"Scheme {scheme.Code} version {scheme.Version} is already stored with other content; publish a new version instead.");
        }
    }
}
