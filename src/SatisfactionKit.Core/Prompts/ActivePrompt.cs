using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Prompts;

/// <summary>
/// A prompt open at a counter, as the coordinator holds it between presses. Only touched under its
/// counter's gate (<see cref="CounterSlot"/>), so it needs no locking of its own.
/// </summary>
internal sealed class ActivePrompt(Guid id, PromptRequest request, RatingScheme scheme, DateTimeOffset openedAt, DateTimeOffset resultReturnedAt)
{
    public Guid Id { get; } = id;

    public PromptRequest Request { get; } = request;

    public RatingScheme Scheme { get; } = scheme;

    public DateTimeOffset OpenedAt { get; } = openedAt;

    public DateTimeOffset ResultReturnedAt { get; } = resultReturnedAt;

    public PromptState State { get; set; } = PromptState.AwaitingAnswer;

    /// <summary>The level of the first answer while a follow-up step waits.</summary>
    public RatingLevel? PendingLevel { get; set; }

    public string? DeviceId { get; set; }

    public RatingChannel Channel { get; set; } = RatingChannel.CounterPad;

    public ITimer? Timer { get; set; }

    /// <summary>The criteria named so far in a follow-up that collects several.</summary>
    public List<string> CollectedCriteria { get; } = [];

    /// <summary>Counts the steps, so that a timer armed for an earlier step does nothing when it fires late.</summary>
    public int Step { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// The rating the answers make: a single-criterion scheme takes the level as is; with several
    /// criteria, a satisfied level applies to all, a dissatisfied one to the criteria the citizen named
    /// and the lowest satisfied level to the others. A dissatisfied level with no criterion named (the
    /// follow-up went unanswered) is "criterion not stated": dissatisfied, and blamed on no criterion.
    /// </summary>
    public RatingSubmission ToSubmission(RatingLevel level, IReadOnlyList<string> dissatisfiedCriteria, IReadOnlyList<string> reasons)
    {
        var satisfied = Scheme.LowestSatisfiedLevel!;
        IReadOnlyList<AnswerSubmission> answers = Scheme.Criteria.Count == 1
            ? [new AnswerSubmission(Scheme.Criteria[0].Code, level.Code)]
            : !level.IsSatisfied && dissatisfiedCriteria.Count == 0
            ? [new AnswerSubmission(RatingScheme.NotStatedCriterionCode, level.Code)]
            : [.. Scheme.Criteria.Select(c => new AnswerSubmission(
                c.Code,
                level.IsSatisfied || dissatisfiedCriteria.Contains(c.Code, StringComparer.Ordinal) ? level.Code : satisfied.Code))];

        return new RatingSubmission
        {
            SchemeCode = Scheme.Code,
            SchemeVersion = Scheme.Version,
            Dossier = Request.Dossier,
            Channel = Channel,
            Answers = answers,
            Reasons = reasons,
            ResultReturnedAt = ResultReturnedAt,
            DeviceId = DeviceId,
            PromptId = Id,
            IdempotencyKey = $"prompt:{Id:N}",
        };
    }

    /// <summary>The record the prompt store keeps of the prompt once it is closed.</summary>
    public PromptRecord ToRecord(PromptState outcome, DateTimeOffset closedAt, Guid? ratingId, string? note, string? incompleteLevel) => new()
    {
        Id = Id,
        CounterId = Request.CounterId,
        Dossier = Request.Dossier,
        SchemeCode = Scheme.Code,
        SchemeVersion = Scheme.Version,
        OpenedAt = OpenedAt,
        ClosedAt = closedAt,
        Outcome = outcome,
        RatingId = ratingId,
        IncompleteLevelCode = incompleteLevel,
        Note = note,
    };

    /// <summary>The status listeners and callers see.</summary>
    public PromptStatus ToStatus() => new(
        Id,
        Request.Counter.UnitCode,
        Request.CounterId,
        Request.Dossier.DossierCode,
        Scheme.Code,
        State,
        State == PromptState.AwaitingFollowUp ? Scheme.FollowUp.Kind : FollowUpKind.None,
        OpenedAt,
        ClosedAt is null ? ExpiresAt : null,
        ClosedAt);
}
