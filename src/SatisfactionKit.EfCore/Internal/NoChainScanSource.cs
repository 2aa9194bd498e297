using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary><see cref="IChainScanSource.None"/>: no provider package scans; every chain is walked through its pages.</summary>
internal sealed class NoChainScanSource : IChainScanSource
{
    public static NoChainScanSource Instance { get; } = new();

    public bool CanScan(DbContext context) => false;

    public Task<bool> ScanAsync(DbContext context, Action<IReadOnlyList<ChainHeadEntity>> heads, Action<List<RatingEntity>> ratings, CancellationToken cancellationToken) =>
        throw new NotSupportedException("No provider package registered a chain scan; the verifier walks each chain instead.");
}
