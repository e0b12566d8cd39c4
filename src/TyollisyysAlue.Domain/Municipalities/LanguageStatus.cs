namespace TyollisyysAlue.Domain.Municipalities;

/// <summary>Official language status of a municipality (Language Act 423/2003).</summary>
public enum LanguageStatus
{
    Finnish = 1,
    Swedish = 2,
    /// <summary>Finnish majority, Swedish minority.</summary>
    BilingualFinnishMajority = 3,
    /// <summary>Swedish majority, Finnish minority: show the Swedish name first.</summary>
    BilingualSwedishMajority = 4,
}
