using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TyollisyysAlue.Application.FollowUp.Payments.Import;

/// <summary>
/// Which column of an accounts-receivable export holds what, by heading: the payer (member code or name), the payment
/// date, the amount and the reference. Saved per area for the file's layout like the ledger's columns.
/// </summary>
public sealed record PaymentColumns
{
    public string? Member { get; init; }
    public string? Date { get; init; }
    public string? Amount { get; init; }
    public string? Reference { get; init; }

    /// <summary>Codes of what is missing or contradictory, empty when the file can be read with these columns.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyList<string> headers)
    {
        var problems = new List<string>();
        if (Member is null) problems.Add("PaymentImport.NeedMember");
        if (Date is null) problems.Add("PaymentImport.NeedDate");
        if (Amount is null) problems.Add("PaymentImport.NeedAmount");
        if (Reference is null) problems.Add("PaymentImport.NeedReference");
        var named = new[] { Member, Date, Amount, Reference }.Where(c => c is not null).ToList();
        if (named.Any(c => !headers.Contains(c!, StringComparer.Ordinal))) problems.Add("Ledger.UnknownColumn");
        if (named.Count != named.Distinct(StringComparer.Ordinal).Count()) problems.Add("Ledger.ColumnTwice");
        return problems;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PaymentColumns? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try { return JsonSerializer.Deserialize<PaymentColumns>(json, Json); }
        catch (JsonException) { return null; }
    }

    /// <summary>The layout's identity, kept apart from ledger layouts by its prefix: SHA-256 of "payments" and the headings.</summary>
    public static string Signature(IReadOnlyList<string> headers) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("payments\n" + string.Join('\n', headers))));

    /// <summary>A first guess from the headings accounts-receivable exports use (fi, sv, en).</summary>
    public static PaymentColumns Propose(IReadOnlyList<string> headers)
    {
        string? Find(params string[] words) => headers.FirstOrDefault(h =>
            words.Any(w => h.Trim().Equals(w, StringComparison.OrdinalIgnoreCase)))
            ?? headers.FirstOrDefault(h => words.Any(w => h.Contains(w, StringComparison.OrdinalIgnoreCase)));
        return new PaymentColumns
        {
            Member = Find("kuntanumero", "kunta", "asiakasnumero", "asiakas", "maksaja", "kommun", "kund", "betalare", "municipality", "customer", "payer"),
            Date = Find("maksupäivä", "kirjauspäivä", "päivämäärä", "pvm", "betalningsdag", "datum", "paid on", "date"),
            Amount = Find("summa", "määrä", "euroa", "maksettu", "belopp", "amount"),
            Reference = Find("viitenumero", "viite", "referens", "reference"),
        };
    }
}
