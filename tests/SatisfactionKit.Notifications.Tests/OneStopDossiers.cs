using System.Collections.Concurrent;
using SatisfactionKit.Channels;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Notifications.Tests;

/// <summary>The vendor's one-stop software as the invitations see it.</summary>
internal sealed class OneStopDossiers : IDossierStatusSource
{
    public ConcurrentDictionary<string, DossierStatus> Dossiers { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, string> Phones { get; } = new(StringComparer.Ordinal);

    public void Add(string code, string unit, DateTimeOffset? returnedAt) =>
        Dossiers[code] = new DossierStatus(new DossierReference(code, "1.001234", unit, "CB-007", "QUAY-01"), returnedAt is null ? "Đang xử lý" : "Đã trả kết quả", null, returnedAt is not null, returnedAt);

    public ValueTask<DossierStatus?> FindAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Dossiers.TryGetValue(dossierCode, out var status) ? status : null);

    public ValueTask<string?> FindApplicantPhoneAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Phones.TryGetValue(dossierCode, out var phone) ? phone : null);
}
