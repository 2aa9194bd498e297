namespace SatisfactionKit.Devices.Profiles;

/// <summary>One button of a pad and what a press of it means.</summary>
public sealed class PadButton
{
    /// <summary>The bit index (bitmap encoding), byte value (value encoding), key code (keyboard pads) or line token (serial pads).</summary>
    public string Input { get; set; } = string.Empty;

    /// <summary>The Core level code the button gives, e.g. <c>HL</c>, <c>KHL</c> or <c>5</c>.</summary>
    public string? LevelCode { get; set; }

    /// <summary>The criterion code the button selects, for pads with criterion buttons.</summary>
    public string? CriterionCode { get; set; }

    /// <summary>
    /// Whether the button is the pad's confirm key (<c>"confirms": true</c> in JSON): it ends a follow-up that
    /// collects several criteria (<c>SatisfactionKitOptions.CollectSeveralCriteria</c>).
    /// </summary>
    public bool Confirms { get; set; }
}
