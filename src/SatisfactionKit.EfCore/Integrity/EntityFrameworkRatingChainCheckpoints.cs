using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary><see cref="IRatingChainCheckpoints"/> over <typeparamref name="TContext"/>'s chain heads.</summary>
internal sealed class EntityFrameworkRatingChainCheckpoints<TContext>(IServiceScopeFactory scopes, ChainCheckpointKeys keys, TimeProvider timeProvider) : IRatingChainCheckpoints
    where TContext : DbContext
{
    public async Task<IReadOnlyList<ChainCheckpoint>> CreateAsync(CancellationToken cancellationToken = default)
    {
        var signer = keys.Signer();
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var heads = await context.Set<ChainHeadEntity>().AsNoTracking().Where(h => h.Sequence > 0)
                .Select(h => new { h.ChainKey, h.Sequence, h.Hash }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var now = timeProvider.GetUtcNow();
            return [.. heads.OrderBy(h => h.ChainKey, StringComparer.Ordinal)
                .Select(h => signer.Sign(new ChainLink(Guid.Empty, h.ChainKey, h.Sequence, [], h.Hash), now))];
        }
    }

    public async Task<IReadOnlyList<ChainCheckpoint>> ExportAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var checkpoints = await CreateAsync(cancellationToken).ConfigureAwait(false);
        await JsonSerializer.SerializeAsync(destination, checkpoints, ChainCheckpointJson.Default.IReadOnlyListChainCheckpoint, cancellationToken).ConfigureAwait(false);
        return checkpoints;
    }

    public async Task<IReadOnlyList<ChainCheckpoint>> ReadAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            var read = await JsonSerializer.DeserializeAsync(source, ChainCheckpointJson.Default.IReadOnlyListChainCheckpoint, cancellationToken).ConfigureAwait(false);
            return read is null || read.Any(c => c is null) ? throw new InvalidDataException(NotCheckpoints) : read;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException(NotCheckpoints, ex);
        }
    }

    private const string NotCheckpoints = "Tệp không phải bản xuất điểm kiểm tra chuỗi. / The stream is not an export of chain checkpoints.";
}
