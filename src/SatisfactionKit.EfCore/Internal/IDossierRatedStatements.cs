using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>"Has this dossier been rated (through this channel)?" as statements prepared on a connection kept open.</summary>
/// <remarks>For provider packages (<see cref="IRatingStoreFastPath"/>); may change between minor versions.</remarks>
public interface IDossierRatedStatements : IDisposable
{
    /// <summary>Whether <paramref name="dossierCode"/> has a rating, on <paramref name="channel"/> or on any channel when it is <see langword="null"/>.</summary>
    Task<bool> ExistsAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken);
}
