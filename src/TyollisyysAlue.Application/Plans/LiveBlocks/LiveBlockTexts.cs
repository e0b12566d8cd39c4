using System.Globalization;

namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>
/// The words of the plan feature's own live tables in the plan's language (fi, sv, en). The tables are frozen into
/// approved versions as text, so they are translated here rather than in the UI's resources.
/// </summary>
public static class LiveBlockTexts
{
    /// <summary>Numbers in live tables are Finnish-style in every language, as elsewhere in the plan.</summary>
    public static readonly CultureInfo Numbers = CultureInfo.GetCultureInfo("fi-FI");

    private static readonly Dictionary<string, (string Fi, string Sv, string En)> Words = new()
    {
        ["Members"] = ("Jäsenkunnat {0}", "Medlemskommuner {0}", "Member municipalities {0}"),
        ["CostSplit"] = ("Kustannustenjako {0}", "Kostnadsfördelning {0}", "Cost split {0}"),
        ["Budget"] = ("Talousarvio {0}", "Budget {0}", "Budget {0}"),
        ["Offices"] = ("Toimipisteet {0}", "Verksamhetsställen {0}", "Offices {0}"),
        ["Staffing"] = ("Henkilöstö {0}", "Personal {0}", "Staffing {0}"),
        ["Services"] = ("Palvelut {0}", "Tjänster {0}", "Services {0}"),
        ["NotAvailable"] = ("Taulukko ei ole vielä saatavilla.", "Tabellen är ännu inte tillgänglig.", "This table is not available yet."),
        ["NoData"] = ("Vuodelle {0} ei ole tietoja.", "Det finns inga uppgifter för år {0}.", "There are no data for {0}."),
        ["Code"] = ("Koodi", "Kod", "Code"),
        ["Municipality"] = ("Kunta", "Kommun", "Municipality"),
        ["MemberSince"] = ("Jäsen alkaen", "Medlem från", "Member since"),
        ["Decision"] = ("Päätös", "Beslut", "Decision"),
        ["Total"] = ("Yhteensä", "Totalt", "Total"),
        ["Share"] = ("Osuus", "Andel", "Share"),
        ["Shared"] = ("Jaettava osuus", "Fördelad andel", "Shared part"),
        ["Direct"] = ("Suorat veloitukset", "Direkta debiteringar", "Direct charges"),
        ["Payment"] = ("Maksuosuus", "Betalningsandel", "Payment share"),
        ["Kind"] = ("Laji", "Typ", "Type"),
        ["Line"] = ("Erä", "Post", "Line"),
        ["Amount"] = ("Määrä", "Belopp", "Amount"),
        ["Range"] = ("Vaihteluväli", "Variationsintervall", "Range"),
        ["Income"] = ("Tulot", "Intäkter", "Income"),
        ["Expense"] = ("Menot", "Kostnader", "Expenses"),
        ["Margin"] = ("Toimintakate", "Verksamhetsbidrag", "Operating margin"),
        ["Key"] = ("Jakoperuste: {0}.", "Fördelningsgrund: {0}.", "Allocation key: {0}."),
        ["SplitIncomplete"] = ("Jako ei ole laskettavissa: tietoja puuttuu.", "Fördelningen kan inte beräknas: uppgifter saknas.", "The split cannot be calculated: data are missing."),
    };

    public static string Get(string key, string language, params object[] args)
    {
        var text = Pick(Words[key], language);
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    /// <summary>The word in the table's language (fi, sv, en); Finnish for anything else. Every feature's live table uses it.</summary>
    public static string Pick((string Fi, string Sv, string En) word, string language) =>
        language switch { "sv" => word.Sv, "en" => word.En, _ => word.Fi };

    /// <summary>The caption of a kind's table, e.g. "Kustannustenjako 2025".</summary>
    public static string Caption(LiveBlockKind kind, int year, string language) => Get(kind.ToString(), language, year);

    /// <summary>Finnish number style in every language: 1 234 567,89 €.</summary>
    public static string Euros(decimal euros) => euros.ToString("N2", Numbers) + " €";

    public static string Percent(decimal ratio) => (ratio * 100m).ToString("N2", Numbers) + " %";

    public static string Date(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
}
