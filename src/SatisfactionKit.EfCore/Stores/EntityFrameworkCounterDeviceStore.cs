using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Enrollment;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="ICounterDeviceStore"/> over the vendor's <typeparamref name="TContext"/>; a thread-safe singleton that
/// opens a scope and context per call. Redeeming is one conditional UPDATE, so the database decides which of two
/// simultaneous redemptions of a code wins.
/// </summary>
internal sealed class EntityFrameworkCounterDeviceStore<TContext>(IServiceScopeFactory scopes) : ICounterDeviceStore
    where TContext : DbContext
{
    public async ValueTask AddAsync(CounterDevice device, byte[] enrollmentCodeHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(enrollmentCodeHash);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            context.Set<CounterDeviceEntity>().Add(new CounterDeviceEntity
            {
                DeviceId = device.DeviceId,
                UnitCode = device.UnitCode,
                CounterId = device.CounterId,
                DisplayName = device.DisplayName,
                EnrollmentCodeHash = enrollmentCodeHash,
                EnrollmentExpiresAt = device.EnrollmentExpiresAt.UtcDateTime,
                CreatedAt = device.CreatedAt.UtcDateTime,
            });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<CounterDeviceRedemption> RedeemAsync(byte[] enrollmentCodeHash, byte[] credentialHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enrollmentCodeHash);
        ArgumentNullException.ThrowIfNull(credentialHash);
        var at = now.UtcDateTime;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var devices = scope.ServiceProvider.GetRequiredService<TContext>().Set<CounterDeviceEntity>();

            // One conditional UPDATE decides: the database locks the row, so of two simultaneous redemptions the
            // second sees the first's EnrolledAt and changes nothing.
            var redeemed = await devices
                .Where(d => d.EnrollmentCodeHash == enrollmentCodeHash && d.EnrolledAt == null && d.RevokedAt == null && d.EnrollmentExpiresAt > at)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.CredentialHash, credentialHash)
                          .SetProperty(d => d.EnrolledAt, at)
                          .SetProperty(d => d.LastSeenAt, at),
                    cancellationToken)
                .ConfigureAwait(false);

            var row = await devices.AsNoTracking().FirstOrDefaultAsync(d => d.EnrollmentCodeHash == enrollmentCodeHash, cancellationToken).ConfigureAwait(false);
            if (row is null || !CryptographicOperations.FixedTimeEquals(row.EnrollmentCodeHash, enrollmentCodeHash))
            {
                return new CounterDeviceRedemption(RedemptionOutcome.Unknown, null);
            }

            var outcome = redeemed > 0 ? RedemptionOutcome.Redeemed
                : row.RevokedAt is not null ? RedemptionOutcome.Revoked
                : row.EnrolledAt is not null ? RedemptionOutcome.AlreadyUsed
                : RedemptionOutcome.Expired;
            return new CounterDeviceRedemption(outcome, ToDevice(row));
        }
    }

    public async ValueTask<CounterDevice?> FindByCredentialAsync(byte[] credentialHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialHash);
        var row = await FirstAsync(d => d.CredentialHash == credentialHash, cancellationToken).ConfigureAwait(false);
        return row?.CredentialHash is { } stored && CryptographicOperations.FixedTimeEquals(stored, credentialHash) ? ToDevice(row) : null;
    }

    public async ValueTask<CounterDevice?> FindAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deviceId);
        var row = await FirstAsync(d => d.DeviceId == deviceId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToDevice(row);
    }

    public async ValueTask<IReadOnlyList<CounterDevice>> ListAsync(string? unitCode, CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var query = scope.ServiceProvider.GetRequiredService<TContext>().Set<CounterDeviceEntity>().AsNoTracking();
            if (unitCode is not null)
            {
                query = query.Where(d => d.UnitCode == unitCode);
            }

            var rows = await query.OrderBy(d => d.UnitCode).ThenBy(d => d.CounterId).ThenBy(d => d.CreatedAt)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(ToDevice)];
        }
    }

    public async ValueTask<bool> RevokeAsync(string deviceId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var at = now.UtcDateTime;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<TContext>().Set<CounterDeviceEntity>()
                .Where(d => d.DeviceId == deviceId && d.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.RevokedAt, at), cancellationToken)
                .ConfigureAwait(false) > 0;
        }
    }

    public async ValueTask TouchAsync(string deviceId, DateTimeOffset seenAt, string? padState, CancellationToken cancellationToken = default)
    {
        var at = seenAt.UtcDateTime;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var devices = scope.ServiceProvider.GetRequiredService<TContext>().Set<CounterDeviceEntity>().Where(d => d.DeviceId == deviceId);
            _ = padState is null
                ? await devices.ExecuteUpdateAsync(s => s.SetProperty(d => d.LastSeenAt, at), cancellationToken).ConfigureAwait(false)
                : await devices.ExecuteUpdateAsync(s => s.SetProperty(d => d.LastSeenAt, at).SetProperty(d => d.PadState, padState), cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<CounterDeviceEntity?> FirstAsync(System.Linq.Expressions.Expression<Func<CounterDeviceEntity, bool>> match, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<TContext>().Set<CounterDeviceEntity>().AsNoTracking()
                .FirstOrDefaultAsync(match, cancellationToken).ConfigureAwait(false);
        }
    }

    private static CounterDevice ToDevice(CounterDeviceEntity row) => new(row.DeviceId, row.UnitCode, row.CounterId, row.DisplayName)
    {
        CreatedAt = Utc(row.CreatedAt),
        EnrollmentExpiresAt = Utc(row.EnrollmentExpiresAt),
        EnrolledAt = row.EnrolledAt is { } e ? Utc(e) : null,
        RevokedAt = row.RevokedAt is { } r ? Utc(r) : null,
        LastSeenAt = row.LastSeenAt is { } s ? Utc(s) : null,
        PadState = row.PadState,
    };

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
