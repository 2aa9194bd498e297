namespace SatisfactionKit.Localization;

/// <summary>The error codes of the unit catalogue (<c>SatisfactionKit.Units</c>) and its import.</summary>
public static partial class ErrorCodes
{
    /// <summary>A required field of a unit version or succession is empty.</summary>
    public const string UnitFieldRequired = "SK_UNIT_FIELD_REQUIRED";
    /// <summary>A date or yes/no cell of the unit catalogue cannot be read.</summary>
    public const string UnitValueInvalid = "SK_UNIT_VALUE_INVALID";
    /// <summary>A unit version ends on or before the day it begins.</summary>
    public const string UnitVersionEndsBeforeStart = "SK_UNIT_VERSION_ENDS_BEFORE_START";
    /// <summary>Two versions of one unit hold on the same day.</summary>
    public const string UnitVersionsOverlap = "SK_UNIT_VERSIONS_OVERLAP";
    /// <summary>A version names a parent unit the catalogue does not have.</summary>
    public const string UnitParentUnknown = "SK_UNIT_PARENT_UNKNOWN";
    /// <summary>Following parents from a unit comes back to it (on some day).</summary>
    public const string UnitParentCycle = "SK_UNIT_PARENT_CYCLE";
    /// <summary>A succession names a unit the catalogue does not have.</summary>
    public const string UnitUnknown = "SK_UNIT_UNKNOWN";
    /// <summary>A succession takes effect after today.</summary>
    public const string UnitSuccessionInFuture = "SK_UNIT_SUCCESSION_IN_FUTURE";
    /// <summary>Successions lead from a unit back to itself.</summary>
    public const string UnitSuccessionCycle = "SK_UNIT_SUCCESSION_CYCLE";
    /// <summary>The same predecessor and successor are given twice.</summary>
    public const string UnitSuccessionDuplicated = "SK_UNIT_SUCCESSION_DUPLICATED";
    /// <summary>A split does not say which one successor takes the predecessor's history.</summary>
    public const string UnitSuccessionHistory = "SK_UNIT_SUCCESSION_HISTORY";
    /// <summary>A predecessor still has a version in effect on or after the day its successor takes over.</summary>
    public const string UnitPredecessorInEffect = "SK_UNIT_PREDECESSOR_IN_EFFECT";
    /// <summary>A column the unit catalogue file must have is missing.</summary>
    public const string UnitColumnMissing = "SK_UNIT_COLUMN_MISSING";
    /// <summary>The unit catalogue file cannot be read.</summary>
    public const string UnitFileUnreadable = "SK_UNIT_FILE_UNREADABLE";
}
