using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Interceptors;

/// <summary>
/// Refuses, before anything reaches the database, a <c>SaveChanges</c> that modifies or deletes a stored
/// rating, answer, condition or reason, prompt record or stray press (which reports count), or a verification attempt (the online channel's audit trail). Stateless, so one instance serves every context.
/// </summary>
/// <remarks>
/// It guards the change tracker only: raw SQL and <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass
/// interceptors, which is why the hash chain of a later issue makes tampering detectable as well.
/// </remarks>
internal sealed class AppendOnlyRatingsInterceptor : SaveChangesInterceptor
{
    public static AppendOnlyRatingsInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // DetectChanges first: a property set on a tracked rating is only "Modified" once detected.
        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var what = entry.Entity switch
            {
                RatingEntity r => $"rating {r.Id}",
                RatingAnswerEntity a => $"answer {a.Position} of rating {a.RatingId}",
                RatingChoiceEntity c => $"{c.Kind} {c.Position} of rating {c.RatingId}",
                VerificationAttemptEntity v => $"verification attempt {v.Id}",
                PromptRecordEntity p => $"prompt record {p.Id}",
                StrayPressEntity s => $"stray press {s.Id}",
                _ => null,
            };
            if (what is not null)
            {
                throw new AppendOnlyViolationException(AppendOnlyViolationException.DefaultMessage(what, Describe(entry)));
            }
        }
    }

    private static string Describe(EntityEntry entry) => entry.State == EntityState.Deleted ? "delete" : "update";
}
