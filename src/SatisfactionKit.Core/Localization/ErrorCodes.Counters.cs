namespace SatisfactionKit.Localization;

/// <summary>The error codes of counters named without their unit.</summary>
public static partial class ErrorCodes
{
    /// <summary>A counter named by its id alone, when several units have a counter with that id.</summary>
    public const string CounterAmbiguous = "SK_COUNTER_AMBIGUOUS";
}
