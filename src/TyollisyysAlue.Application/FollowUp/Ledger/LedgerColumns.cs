using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>
/// Which column of a ledger file holds what, by heading. The amount is one signed column or two (debit, credit).
/// Saved per area for the file's layout (its headings), so next month's export maps by itself.
/// </summary>
public sealed record LedgerColumns
{
    public string? Account { get; init; }
    public string? CostCentre { get; init; }
    public string? Project { get; init; }
    /// <summary>Posting date or period.</summary>
    public string? Period { get; init; }
    public string? Amount { get; init; }
    public string? Debit { get; init; }
    public string? Credit { get; init; }
    public string? Description { get; init; }

    /// <summary>Codes of what is missing or contradictory (the mapping step shows them), empty when it can be read.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyList<string> headers)
    {
        var problems = new List<string>();
        if (Account is null) problems.Add("Ledger.NeedAccount");
        if (Period is null) problems.Add("Ledger.NeedPeriod");
        if (Amount is null && (Debit is null || Credit is null)) problems.Add("Ledger.NeedAmount");
        var named = new[] { Account, CostCentre, Project, Period, Amount, Debit, Credit, Description }.Where(c => c is not null).ToList();
        if (named.Any(c => !headers.Contains(c!, StringComparer.Ordinal))) problems.Add("Ledger.UnknownColumn");
        if (named.Count != named.Distinct(StringComparer.Ordinal).Count()) problems.Add("Ledger.ColumnTwice");
        return problems;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LedgerColumns? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try { return JsonSerializer.Deserialize<LedgerColumns>(json, Json); }
        catch (JsonException) { return null; }
    }

    /// <summary>The layout's identity: SHA-256 of "ledger" and the headings (not the contents), hex.</summary>
    public static string Signature(IReadOnlyList<string> headers) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ledger\n" + string.Join('\n', headers))));

    /// <summary>A first guess from the headings finance systems use (fi, sv, en).</summary>
    public static LedgerColumns Propose(IReadOnlyList<string> headers)
    {
        string? Find(params string[] words) => headers.FirstOrDefault(h =>
            words.Any(w => h.Trim().Equals(w, StringComparison.OrdinalIgnoreCase)))
            ?? headers.FirstOrDefault(h => words.Any(w => h.Contains(w, StringComparison.OrdinalIgnoreCase)));
        var debit = Find("debet", "debit");
        var credit = Find("kredit", "credit");
        return new LedgerColumns
        {
            Account = Find("tili", "konto", "account"),
            CostCentre = Find("kustannuspaikka", "kp", "kostnadsställe", "cost centre", "cost center"),
            Project = Find("projekti", "projekt", "project"),
            Period = Find("kirjauspäivä", "tositepäivä", "päivämäärä", "pvm", "kausi", "jakso", "datum", "period", "date"),
            Amount = debit is not null && credit is not null ? null : Find("summa", "määrä", "euroa", "belopp", "amount"),
            Debit = debit is not null && credit is not null ? debit : null,
            Credit = debit is not null && credit is not null ? credit : null,
            Description = Find("selite", "kuvaus", "teksti", "text", "description"),
        };
    }
}
