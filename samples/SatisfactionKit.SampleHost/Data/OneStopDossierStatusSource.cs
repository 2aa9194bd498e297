using Microsoft.EntityFrameworkCore;
using SatisfactionKit.Channels;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// What a vendor implements for the online channels: a dossier's status from its own one-stop tables.
/// A singleton (the channels' services are), so it opens a scope per call for the scoped context.
/// </summary>
public sealed class OneStopDossierStatusSource(IServiceScopeFactory scopes) : IDossierStatusSource
{
    public async ValueTask<DossierStatus?> FindAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Code == dossierCode, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var counter = dossier.ReturnedAtCounterId;
        var officer = dossier.ReturnedByOfficerId;
        return new DossierStatus(
            new DossierReference(dossier.Code, dossier.ProcedureCode, dossier.UnitCode, officer, counter),
            dossier.State.ToString(),
            new DateTimeOffset(dossier.AppointmentDate.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7)),
            dossier.State is DossierState.ResultReady or DossierState.Returned,
            dossier.ResultReturnedAt);
    }
}
