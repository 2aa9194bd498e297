namespace SatisfactionKit.Server.Hubs;

/// <summary>The pad states a device reports with <see cref="CounterHubMethods.PadState"/>, as presence reads them.</summary>
internal static class PadStates
{
    /// <summary>What a connection is until it says otherwise: a tablet is its own pad.</summary>
    public const string Connected = "connected";

    /// <summary>Whether a device in <paramref name="state"/> can take a citizen's answer.</summary>
    public static bool CanAnswer(string state) =>
        !string.Equals(state, "disconnected", StringComparison.OrdinalIgnoreCase) && !string.Equals(state, "none", StringComparison.OrdinalIgnoreCase);
}
