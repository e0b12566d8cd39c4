namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>A row error: the file's line, the column (heading) and a resource key with its arguments.</summary>
public sealed record LedgerRowError(int Line, string? Column, string Code, IReadOnlyList<object> Args)
{
    /// <summary>The message's arguments: {0} the line, {1} the column, then the code's own.</summary>
    public object[] MessageArgs => [Line, Column ?? string.Empty, .. Args];
}

/// <summary>One budget line's bookings of one month in the file.</summary>
public sealed record LedgerCell(Guid BudgetLineId, int Month, int Rows, decimal Sum);

/// <summary>An account and cost centre no rule maps: how many rows, their sum and the first line, to add a rule for it.</summary>
public sealed record UnmappedAccount(string Account, string CostCentre, int Rows, decimal Sum, int FirstLine);

/// <summary>A booking ready to save.</summary>
public readonly record struct LedgerBooking(int Line, Guid BudgetLineId, int Month, string Account, string CostCentre, string? Project, string? Description, decimal Amount, DateOnly? PostingDate = null);

/// <summary>An earlier import of the very same file (same SHA-256) still in use.</summary>
public sealed record SameFileImported(string FileName, string By, DateTimeOffset At);

/// <summary>
/// What a ledger file would import for a year: per budget line and month the rows and sum, the accounts no rule
/// maps, and every row error. Saved only when there is nothing to fix (<see cref="CanCommit"/>).
/// </summary>
public sealed record LedgerPreview
{
    public const int ErrorsListed = 200;

    public required string FileName { get; init; }
    public int Year { get; init; }
    public string Sha256 { get; init; } = string.Empty;
    public IReadOnlyList<string> Headers { get; init; } = [];
    public LedgerColumns Columns { get; init; } = new();
    /// <summary>The columns came from the mapping this area saved for the layout.</summary>
    public bool Remembered { get; init; }
    /// <summary>The file cannot be read at all (a resource key), e.g. not a table.</summary>
    public string? FileProblem { get; init; }
    public IReadOnlyList<string> ColumnProblems { get; init; } = [];
    public int Rows { get; init; }
    public decimal Total { get; init; }
    public IReadOnlyList<int> Months { get; init; } = [];
    public IReadOnlyList<LedgerCell> Cells { get; init; } = [];
    public IReadOnlyList<UnmappedAccount> Unmapped { get; init; } = [];
    /// <summary>The first <see cref="ErrorsListed"/> row errors; <see cref="ErrorCount"/> counts them all.</summary>
    public IReadOnlyList<LedgerRowError> Errors { get; init; } = [];
    public int ErrorCount { get; init; }
    public SameFileImported? SameFile { get; init; }

    public bool CanCommit => FileProblem is null && ColumnProblems.Count == 0 && ErrorCount == 0 && Unmapped.Count == 0 && Rows > 0;

    /// <summary>The rows of a month summed over its lines (the preview's month totals).</summary>
    public decimal MonthTotal(int month) => Cells.Where(c => c.Month == month).Sum(c => c.Sum);

    public static LedgerPreview Unreadable(string fileName, int year, string code) => new() { FileName = fileName, Year = year, FileProblem = code };
}
