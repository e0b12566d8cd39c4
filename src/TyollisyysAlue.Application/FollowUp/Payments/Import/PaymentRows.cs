using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.FollowUp.Payments.Import;

/// <summary>
/// Reads an accounts-receivable file's rows against the year's members and the references already recorded. The
/// file, its encodings and Finnish amounts and dates are read by the ledger import's reader and parsers.
/// A payer is a member's code ("434", "KU434") or its name in Finnish or Swedish; anything else is a row error
/// naming the row and the value. A reference already recorded is skipped (idempotent re-import); the same reference
/// twice in one file is an error. Payment dates fall in the year or the next (December's advance, the reconciliation).
/// </summary>
public static class PaymentRows
{
    public const int MaxReferenceLength = 200;

    public static PaymentImportPreview Read(ILedgerSheet sheet, PaymentColumns columns, int year, IReadOnlyList<SplitMember> members,
        IReadOnlySet<string> recordedReferences, string fileName, bool remembered)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(columns);
        var headers = sheet.Headers;
        int At(string? heading) => heading is null ? -1 : headers.ToList().IndexOf(heading);
        var (member, date, amount, reference) = (At(columns.Member), At(columns.Date), At(columns.Amount), At(columns.Reference));
        var payments = new List<ImportedPayment>();
        var skipped = new List<SkippedPayment>();
        var errors = new List<LedgerRowError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows(CancellationToken.None))
        {
            string Cell(int index) => index >= 0 && index < row.Cells.Count ? row.Cells[index].Trim() : string.Empty;
            void Error(string? column, string code, params object[] args) => errors.Add(new LedgerRowError(row.Line, column, code, args));
            var before = errors.Count;

            var payer = Cell(member);
            var code = Payer(payer, members);
            if (code is null) Error(columns.Member, "PaymentImport.NotAMember", payer, year);

            var dateText = Cell(date);
            var paidOn = LedgerPeriod.PostingDate(dateText);
            if (paidOn is null) Error(columns.Date, "PaymentImport.BadDate", dateText);
            else if (paidOn.Value.Year != year && paidOn.Value.Year != year + 1) Error(columns.Date, "PaymentImport.DateOutsideYear", dateText, year);

            var amountText = Cell(amount);
            var (euros, amountError) = LedgerAmount.Parse(amountText);
            if (amountError is not null) Error(columns.Amount, amountError, amountText);
            else if (euros == 0m) Error(columns.Amount, "PaymentImport.ZeroAmount", amountText);

            var refText = Cell(reference);
            if (refText.Length == 0) Error(columns.Reference, "PaymentImport.NoReference");
            else if (refText.Length > MaxReferenceLength) Error(columns.Reference, "PaymentImport.ReferenceTooLong");
            else if (seen.TryGetValue(refText, out var first)) Error(columns.Reference, "PaymentImport.ReferenceTwice", refText, first);
            else seen[refText] = row.Line;

            if (errors.Count > before) continue;
            if (recordedReferences.Contains(refText)) skipped.Add(new SkippedPayment(row.Line, refText));
            else payments.Add(new ImportedPayment(row.Line, code!.Value, paidOn!.Value, euros, refText));
        }
        return new PaymentImportPreview
        {
            FileName = fileName, Year = year, Headers = headers, Columns = columns, Remembered = remembered,
            Payments = payments, Skipped = skipped, Errors = errors,
        };
    }

    /// <summary>The member a payer cell names: by code (with or without Statistics Finland's "KU" prefix) or by name.</summary>
    public static MunicipalityCode? Payer(string text, IReadOnlyList<SplitMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var s = text.Trim();
        if (s.StartsWith("KU", StringComparison.OrdinalIgnoreCase) && s.Length > 2 && s[2..].All(char.IsAsciiDigit)) s = s[2..];
        if (s.Length is > 0 and <= 3 && s.All(char.IsAsciiDigit)) s = s.PadLeft(3, '0');
        return members.FirstOrDefault(m => m.Code.Value == s
            || string.Equals(m.NameFi, s, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.NameSv, s, StringComparison.OrdinalIgnoreCase))?.Code;
    }
}
