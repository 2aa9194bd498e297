namespace SatisfactionKit.Ratings;

/// <summary>How many ratings a dossier may have.</summary>
public enum RatingUniqueness
{
    /// <summary>One rating per dossier per channel (the default): a pad rating and a later online rating may both exist.</summary>
    PerDossierAndChannel = 0,

    /// <summary>One rating per dossier, whatever the channel.</summary>
    PerDossier = 1,
}
