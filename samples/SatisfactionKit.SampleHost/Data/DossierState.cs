namespace SatisfactionKit.SampleHost.Data;

/// <summary>Where a demo dossier stands in the one-stop software.</summary>
public enum DossierState
{
    Received = 0,
    InProgress = 1,
    ResultReady = 2,
    Returned = 3,
}
