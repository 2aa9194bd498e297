using SatisfactionKit.Ratings;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// The returned dossiers behind the demo ratings, as the one-stop software keeps them, so that the sample quotas have
/// their N (dossiers returned, <see cref="OneStopDossierStatisticsSource"/>): every rated dossier, and at Phủ Lý's
/// counters (<c>UBND-Q1</c>) one more returned twenty minutes later and never rated (codes <c>DEMO-KP-…</c>). Phủ Lý's
/// sample therefore falls short of its quota and Tiên Tân's (every returned dossier rated) meets it. One in eight is
/// handed back the day after its appointment (overdue, QĐ 766).
/// </summary>
public static class DemoReturnedDossiers
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The dossier behind the demo rating number <paramref name="index"/>, and its unrated neighbour at Phủ Lý.</summary>
    public static IEnumerable<DemoDossier> For(DossierReference rated, DateTimeOffset returnedAt, int index)
    {
        ArgumentNullException.ThrowIfNull(rated);
        yield return Returned(rated.DossierCode, rated, returnedAt, late: index % 8 == 7);
        if (rated.UnitCode == "UBND-Q1")
        {
            yield return Returned("DEMO-KP-" + rated.DossierCode["DEMO-".Length..], rated, returnedAt.AddMinutes(20), late: index % 8 == 3);
        }
    }

    private static DemoDossier Returned(string code, DossierReference rated, DateTimeOffset at, bool late)
    {
        var day = DateOnly.FromDateTime(at.ToOffset(Vietnam).DateTime);
        return new DemoDossier
        {
            Code = code,
            ProcedureCode = rated.ProcedureCode,
            UnitCode = rated.UnitCode,
            ApplicantName = $"{DemoData.Marker} Công dân {code}",
            State = DossierState.Returned,
            ReceivedAt = at.AddDays(-5),
            AppointmentDate = late ? day.AddDays(-1) : day,
            ResultReturnedAt = at,
            ReturnedByOfficerId = rated.OfficerId,
            ReturnedAtCounterId = rated.CounterId,
        };
    }
}
