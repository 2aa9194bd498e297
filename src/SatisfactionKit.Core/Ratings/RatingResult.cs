using FluentValidation.Results;

namespace SatisfactionKit.Ratings;

/// <summary>The outcome of <see cref="IRatingService.SubmitAsync"/>.</summary>
public sealed record RatingResult
{
    private RatingResult(Rating? rating, bool wasDuplicate, IReadOnlyList<ValidationFailure> errors)
    {
        Rating = rating;
        WasDuplicate = wasDuplicate;
        Errors = errors;
    }

    /// <summary>Whether the rating is stored (now or, for a duplicate, before).</summary>
    public bool Succeeded => Rating is not null;

    /// <summary>The stored rating, or <see langword="null"/> when refused.</summary>
    public Rating? Rating { get; }

    /// <summary>Whether the idempotency key had been stored before, so nothing new was written.</summary>
    public bool WasDuplicate { get; }

    /// <summary>Why the rating was refused, each failure with its property, error code and message.</summary>
    public IReadOnlyList<ValidationFailure> Errors { get; }

    /// <summary>A stored rating.</summary>
    public static RatingResult Stored(Rating rating, bool wasDuplicate = false) => new(rating, wasDuplicate, []);

    /// <summary>A refused rating.</summary>
    public static RatingResult Refused(IReadOnlyList<ValidationFailure> errors) => new(null, false, errors);
}
