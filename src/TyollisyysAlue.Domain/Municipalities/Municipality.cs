using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Municipalities;

/// <summary>An entry of the national municipality register.</summary>
[GlobalData("National municipality register maintained by the system administrator.")]
public class Municipality
{
    public Municipality(MunicipalityCode code, string nameFi, string? nameSv, LanguageStatus languageStatus)
    {
        Code = code;
        NameFi = nameFi;
        NameSv = nameSv;
        LanguageStatus = languageStatus;
    }

    public MunicipalityCode Code { get; private set; }
    public string NameFi { get; private set; }
    /// <summary>Swedish name where one exists (all bilingual and many Finnish municipalities have none).</summary>
    public string? NameSv { get; private set; }
    public LanguageStatus LanguageStatus { get; private set; }

    /// <summary>Set when the municipality merged into another (its successor); it then joins no new area.</summary>
    public MunicipalityCode? MergedInto { get; private set; }
    public DateOnly? MergedOn { get; private set; }
    public bool IsActive => MergedInto is null;

    /// <summary>Where the names and language status come from, e.g. "Tilastokeskus, kunnat 2026; VNA 2023–2032" or a register file.</summary>
    public string? Source { get; private set; }
    /// <summary>The date the source is in force from (e.g. 1.1.2026 for the 2026 classification).</summary>
    public DateOnly? SourceDate { get; private set; }

    /// <summary>
    /// Names and language status as the shipped classification states them, on every start: applied only when the row
    /// rests on an older source (or none), so restarting the app undoes neither the administrator's register import
    /// nor a correction made since (a correction keeps the row's source date).
    /// </summary>
    public bool Refresh(string nameFi, string? nameSv, LanguageStatus status, string source, DateOnly sourceDate)
    {
        if (SourceDate is { } known && known >= sourceDate) return false;
        Record(nameFi, nameSv, status, source, sourceDate);
        return true;
    }

    /// <summary>Names and language status from a register file the administrator imports: always applied, with its source.</summary>
    public void Record(string nameFi, string? nameSv, LanguageStatus status, string source, DateOnly sourceDate)
    {
        Correct(nameFi, nameSv, status);
        Source = source.Length <= 300 ? source : source[..300];
        SourceDate = sourceDate;
    }

    public void Correct(string nameFi, string? nameSv, LanguageStatus status)
    {
        if (string.IsNullOrWhiteSpace(nameFi)) throw new Common.DomainException("municipality.name", "A municipality needs its Finnish name.");
        NameFi = nameFi.Trim();
        NameSv = string.IsNullOrWhiteSpace(nameSv) ? null : nameSv.Trim();
        LanguageStatus = status;
    }

    public void MergeInto(MunicipalityCode successor, DateOnly on)
    {
        if (successor == Code) throw new Common.DomainException("municipality.merge-self", "A municipality cannot merge into itself.");
        MergedInto = successor;
        MergedOn = on;
    }

    public bool IsBilingual => LanguageStatus is LanguageStatus.BilingualFinnishMajority or LanguageStatus.BilingualSwedishMajority;

    /// <summary>The name for a UI language: Swedish UI shows the Swedish name where there is one.</summary>
    public string NameIn(string twoLetterLanguage) =>
        Common.LocalName.In(twoLetterLanguage, NameFi, NameSv);
}
