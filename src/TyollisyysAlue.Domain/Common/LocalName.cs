namespace TyollisyysAlue.Domain.Common;

/// <summary>A name with an optional Swedish form: Swedish shows the Swedish form where there is one, else the Finnish name.</summary>
public static class LocalName
{
    public static string In(string twoLetterLanguage, string nameFi, string? nameSv) =>
        twoLetterLanguage == "sv" && !string.IsNullOrWhiteSpace(nameSv) ? nameSv : nameFi;
}
