using SatisfactionKit.Localization;

namespace SatisfactionKit.Prompts;

/// <summary>
/// A counter named by its id alone (<see cref="IPromptCoordinator.CancelAsync(string, CancellationToken)"/>, a press
/// without <see cref="CounterPress.UnitCode"/>) when counters with that id are known in several units: the caller
/// must say which unit's counter it means. Nothing was changed or recorded.
/// </summary>
public sealed class AmbiguousCounterException : ArgumentException
{
    /// <summary>The error code, <c>SK_COUNTER_AMBIGUOUS</c>.</summary>
    public const string ErrorCode = ErrorCodes.CounterAmbiguous;

    /// <summary>Creates the exception for <paramref name="counterId"/>, known in <paramref name="unitCodes"/>.</summary>
    public AmbiguousCounterException(string counterId, IReadOnlyList<string> unitCodes)
        : base(Messages.Bilingual(ErrorCodes.CounterAmbiguous, counterId, unitCodes?.Count ?? 0, string.Join(", ", unitCodes ?? [])), nameof(counterId))
    {
        CounterId = counterId;
        UnitCodes = unitCodes ?? [];
    }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    public AmbiguousCounterException()
        : this(string.Empty, [])
    {
    }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    public AmbiguousCounterException(string message)
        : base(message)
    {
        CounterId = string.Empty;
        UnitCodes = [];
    }

    /// <summary>Creates the exception with a message of the caller's and its cause.</summary>
    public AmbiguousCounterException(string message, Exception innerException)
        : base(message, innerException)
    {
        CounterId = string.Empty;
        UnitCodes = [];
    }

    /// <summary>The counter id given alone.</summary>
    public string CounterId { get; }

    /// <summary>The units that have a counter with that id.</summary>
    public IReadOnlyList<string> UnitCodes { get; }
}
