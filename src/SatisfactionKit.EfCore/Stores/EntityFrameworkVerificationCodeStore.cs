using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Channels;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IVerificationCodeStore"/> over the vendor's <typeparamref name="TContext"/>; a thread-safe
/// singleton that opens a scope and context per call.
/// </summary>
internal sealed class EntityFrameworkVerificationCodeStore<TContext>(IServiceScopeFactory scopes) : IVerificationCodeStore
    where TContext : DbContext
{
    /// <summary>How often a replace that lost a race with a concurrent insert of the same dossier is retried.</summary>
    private const int SaveAttempts = 3;

    public async ValueTask SaveCodeAsync(VerificationCodeRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var issuedAt = record.IssuedAt.UtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var context = scope.ServiceProvider.GetRequiredService<TContext>();
                var codes = context.Set<VerificationCodeEntity>();

                // A re-printed receipt replaces the earlier code in one statement, without reading it first.
                var replaced = await codes
                    .Where(c => c.DossierCode == record.DossierCode)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.CodeHash, record.CodeHash).SetProperty(c => c.IssuedAt, issuedAt), cancellationToken)
                    .ConfigureAwait(false);
                if (replaced > 0)
                {
                    return;
                }

                codes.Add(new VerificationCodeEntity { DossierCode = record.DossierCode, CodeHash = record.CodeHash, IssuedAt = issuedAt });
                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (DbUpdateException) when (attempt < SaveAttempts)
                {
                    // Another receipt of the same dossier saved between the update and the insert: go round and
                    // replace it. Any other failure is the caller's to see.
                    if (!await ExistsAsync(record.DossierCode, cancellationToken).ConfigureAwait(false))
                    {
                        throw;
                    }
                }
            }
        }
    }

    public async ValueTask<VerificationCodeRecord?> FindCodeAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossierCode);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var row = await context.Set<VerificationCodeEntity>()
                .AsNoTracking()
                .FirstOrDefaultAsync(c => c.DossierCode == dossierCode, cancellationToken)
                .ConfigureAwait(false);
            return row is null ? null : new VerificationCodeRecord(row.DossierCode, row.CodeHash, new DateTimeOffset(DateTime.SpecifyKind(row.IssuedAt, DateTimeKind.Utc)));
        }
    }

    public async ValueTask AddAttemptAsync(VerificationAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            context.Set<VerificationAttemptEntity>().Add(new VerificationAttemptEntity
            {
                Id = attempt.Id,
                DossierCode = Fit(attempt.DossierCode, ColumnLengths.Code),
                ClientKey = Fit(attempt.ClientKey, ColumnLengths.ClientKey),
                At = attempt.At.UtcDateTime,
                Outcome = attempt.Outcome,
                Purpose = Fit(attempt.Purpose, ColumnLengths.Purpose),
            });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<bool> TryReserveCheckAsync(string limitKey, int maxWrong, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limitKey);
        var key = Fit(limitKey, ColumnLengths.LimitKey);
        var (from, at) = (since.UtcDateTime, now.UtcDateTime);
        for (var attempt = 1; ; attempt++)
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var context = scope.ServiceProvider.GetRequiredService<TContext>();
                var limits = context.Set<VerificationLimitEntity>();

                // One conditional UPDATE decides: the database locks the row, so of two simultaneous checks
                // at the last place the second sees the first's count and takes nothing. A count whose last
                // wrong code is older than the window starts again.
                var taken = await limits
                    .Where(l => l.Key == key && (l.LastAt < from || l.Count < maxWrong))
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(l => l.Count, l => l.LastAt < from ? 1 : l.Count + 1)
                              .SetProperty(l => l.LastAt, l => l.LastAt < from ? at : l.LastAt),
                        cancellationToken)
                    .ConfigureAwait(false);
                if (taken > 0)
                {
                    return true;
                }

                if (maxWrong <= 0 || await limits.AnyAsync(l => l.Key == key, cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                // The limit's first check: its row, counting this one. Two first checks at once both try;
                // the primary key keeps one, and the other goes round to the conditional update.
                limits.Add(new VerificationLimitEntity { Key = key, Count = 1, LastAt = at });
                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (DbUpdateException) when (attempt < SaveAttempts)
                {
                }
            }
        }
    }

    public async ValueTask SettleCheckAsync(string limitKey, bool wrongCode, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limitKey);
        var key = Fit(limitKey, ColumnLengths.LimitKey);
        var at = now.UtcDateTime;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var limits = scope.ServiceProvider.GetRequiredService<TContext>().Set<VerificationLimitEntity>().Where(l => l.Key == key);
            _ = wrongCode
                ? await limits.ExecuteUpdateAsync(s => s.SetProperty(l => l.LastAt, at), cancellationToken).ConfigureAwait(false)
                : await limits.Where(l => l.Count > 0).ExecuteUpdateAsync(s => s.SetProperty(l => l.Count, l => l.Count - 1), cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<int> CountWrongCodesForDossierAsync(string dossierCode, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossierCode);
        var key = Fit(dossierCode, ColumnLengths.Code);
        var from = since.UtcDateTime;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            return await context.Set<VerificationAttemptEntity>()
                .CountAsync(a => a.DossierCode == key && a.Outcome == VerificationOutcome.WrongCode && a.At >= from, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public async ValueTask<int> CountWrongCodesForClientAsync(string clientKey, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientKey);
        var key = Fit(clientKey, ColumnLengths.ClientKey);
        var from = since.UtcDateTime;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            return await context.Set<VerificationAttemptEntity>()
                .CountAsync(a => a.ClientKey == key && a.Outcome == VerificationOutcome.WrongCode && a.At >= from, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Cuts what a stranger typed to the column's length. The attempt is still recorded and counted (under
    /// its prefix, the same way when stored and when counted), where an over-long value would otherwise make
    /// the insert fail and let the guess go unrecorded.
    /// </summary>
    private static string Fit(string value, int length) => value.Length <= length ? value : value[..length];

    private async ValueTask<bool> ExistsAsync(string dossierCode, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            return await context.Set<VerificationCodeEntity>().AnyAsync(c => c.DossierCode == dossierCode, cancellationToken).ConfigureAwait(false);
        }
    }
}
