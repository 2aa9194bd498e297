using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>A scheme definition breaks a rule (duplicate codes, no satisfied level…).</summary>
public sealed class InvalidRatingSchemeException : Exception
{
    /// <summary>Creates the exception for <paramref name="schemeCode"/> with every problem found.</summary>
    public InvalidRatingSchemeException(string schemeCode, IReadOnlyList<string> problems)
        : base(Messages.Bilingual(ErrorCodes.SchemeInvalid, schemeCode, string.Join("; ", problems ?? [])))
    {
        SchemeCode = schemeCode;
        Problems = problems ?? [];
    }

    /// <summary>Creates the exception with a message only.</summary>
    public InvalidRatingSchemeException(string message)
        : base(message)
    {
        SchemeCode = string.Empty;
        Problems = [message];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InvalidRatingSchemeException(string message, Exception innerException)
        : base(message, innerException)
    {
        SchemeCode = string.Empty;
        Problems = [message];
    }

    /// <summary>Creates the exception with no details.</summary>
    public InvalidRatingSchemeException()
        : this("Invalid rating scheme.")
    {
    }

    /// <summary>The code of the scheme that is invalid.</summary>
    public string SchemeCode { get; }

    /// <summary>Each problem, in the current UI culture.</summary>
    public IReadOnlyList<string> Problems { get; }
}
