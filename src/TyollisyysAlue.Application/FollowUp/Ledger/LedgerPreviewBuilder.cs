using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>
/// Reads a ledger file's rows one at a time against the columns, the area's rules and the year's budget lines:
/// parses each booking (Finnish amounts, debit − credit, the period), maps it, and adds it up. Keeps only sums,
/// the unmapped accounts and the first row errors, so 100 000 rows take little memory.
/// Amounts: cost positive as booked (debit); an income line counts income positive (credit).
/// </summary>
public sealed class LedgerPreviewBuilder
{
    private readonly LedgerColumns _columns;
    private readonly int _year;
    private readonly LedgerRules _rules;
    private readonly IReadOnlyDictionary<Guid, BudgetLineKind> _lines;
    private readonly (int Account, int CostCentre, int Project, int Period, int Amount, int Debit, int Credit, int Description) _at;
    private readonly Dictionary<(Guid, int), (int Rows, decimal Sum)> _cells = [];
    private readonly Dictionary<(string, string), UnmappedAccount> _unmapped = [];
    private readonly List<LedgerRowError> _errors = [];
    private int _errorCount;
    private int _rows;
    private decimal _total;

    public LedgerPreviewBuilder(IReadOnlyList<string> headers, LedgerColumns columns, int year, LedgerRules rules, IReadOnlyDictionary<Guid, BudgetLineKind> lines)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _columns = columns ?? throw new ArgumentNullException(nameof(columns));
        _year = year;
        _rules = rules;
        _lines = lines;
        int At(string? heading) => heading is null ? -1 : headers.ToList().IndexOf(heading);
        _at = (At(columns.Account), At(columns.CostCentre), At(columns.Project), At(columns.Period), At(columns.Amount), At(columns.Debit), At(columns.Credit), At(columns.Description));
    }

    /// <summary>Reads one row: the booking to save, or null when the row has an error or no rule maps it.</summary>
    public LedgerBooking? Add(LedgerFileRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        string Cell(int index) => index >= 0 && index < row.Cells.Count ? row.Cells[index].Trim() : string.Empty;
        var errorsBefore = _errorCount;
        var account = Cell(_at.Account);
        var costCentre = Cell(_at.CostCentre);
        if (account.Length == 0) Error(row.Line, _columns.Account, "Ledger.NoAccount");
        if (account.Length > LedgerRule.MaxCodeLength || costCentre.Length > LedgerRule.MaxCodeLength) Error(row.Line, _columns.Account, "Ledger.CodeTooLong");

        var month = 0;
        var periodText = Cell(_at.Period);
        if (LedgerPeriod.Parse(periodText) is not { } period) Error(row.Line, _columns.Period, LedgerPeriod.Unreadable, periodText);
        else if (period.Year != _year) Error(row.Line, _columns.Period, "Ledger.OtherYear", periodText, _year);
        else month = period.Month;

        var amount = ReadAmount(row.Line, Cell);
        var lines = account.Length == 0 ? [] : _rules.LinesOf(account, costCentre);
        if (lines.Count > 1) Error(row.Line, _columns.Account, "Ledger.TwoLines", account, costCentre);
        if (_errorCount > errorsBefore || amount is not { } booked) return null;

        _rows++;
        _total += booked;
        if (lines.Count == 0)
        {
            _unmapped[(account, costCentre)] = _unmapped.TryGetValue((account, costCentre), out var u)
                ? u with { Rows = u.Rows + 1, Sum = u.Sum + booked }
                : new UnmappedAccount(account, costCentre, 1, booked, row.Line);
            return null;
        }
        var line = lines[0];
        var counted = _lines.TryGetValue(line, out var kind) && kind == BudgetLineKind.Income ? -booked : booked;
        _cells[(line, month)] = _cells.TryGetValue((line, month), out var c) ? (c.Rows + 1, c.Sum + counted) : (1, counted);
        return new LedgerBooking(row.Line, line, month, account, costCentre, NullIfEmpty(Cell(_at.Project)), Description(Cell(_at.Description)), counted, LedgerPeriod.PostingDate(periodText));
    }

    private decimal? ReadAmount(int line, Func<int, string> cell)
    {
        if (_columns.Amount is not null) return Amount(line, _columns.Amount, cell(_at.Amount));
        var debit = Amount(line, _columns.Debit, cell(_at.Debit));
        var credit = Amount(line, _columns.Credit, cell(_at.Credit));
        return debit is { } d && credit is { } c ? d - c : null;
    }

    private decimal? Amount(int line, string? column, string text)
    {
        var (amount, error) = LedgerAmount.Parse(text);
        if (error is null) return amount;
        Error(line, column, error, text);
        return null;
    }

    private void Error(int line, string? column, string code, params object[] args)
    {
        _errorCount++;
        if (_errors.Count < LedgerPreview.ErrorsListed) _errors.Add(new LedgerRowError(line, column, code, args));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text[..Math.Min(text.Length, LedgerRule.MaxCodeLength)];

    private static string? Description(string text) => text.Length == 0 ? null : text[..Math.Min(text.Length, 500)];

    public LedgerPreview Build(string fileName, string sha256, IReadOnlyList<string> headers, bool remembered) => new()
    {
        FileName = fileName,
        Year = _year,
        Sha256 = sha256,
        Headers = headers,
        Columns = _columns,
        Remembered = remembered,
        Rows = _rows,
        Total = _total,
        Months = _cells.Keys.Select(k => k.Item2).Distinct().Order().ToList(),
        Cells = _cells.Select(c => new LedgerCell(c.Key.Item1, c.Key.Item2, c.Value.Rows, c.Value.Sum)).OrderBy(c => c.Month).ToList(),
        Unmapped = _unmapped.Values.OrderBy(u => u.FirstLine).ToList(),
        Errors = _errors,
        ErrorCount = _errorCount,
    };
}
