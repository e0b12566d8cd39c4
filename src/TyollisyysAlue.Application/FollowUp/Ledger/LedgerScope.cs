using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>What a ledger file is read against: the year's budget lines and the area's rules for them.</summary>
public sealed record LedgerScope(int Year, IReadOnlyDictionary<Guid, BudgetLineKind> Lines, IReadOnlyList<LedgerRule> Rules)
{
    public static async Task<LedgerScope> LoadAsync(IAppDbContext db, int year, CancellationToken ct)
    {
        var lines = await db.BudgetLines.AsNoTracking()
            .Where(l => db.Budgets.Any(b => b.Id == l.BudgetId && b.Year == year))
            .ToDictionaryAsync(l => l.Id, l => l.Kind, ct);
        var ids = lines.Keys.ToList();
        var rules = await db.LedgerRules.AsNoTracking().Where(r => ids.Contains(r.BudgetLineId)).ToListAsync(ct);
        return new LedgerScope(year, lines, rules);
    }

    /// <summary>
    /// Reads the whole file once: every booking goes to <paramref name="onBooking"/> (the commit saves them; the preview
    /// passes none), progress counts rows read.
    /// </summary>
    public async Task<LedgerPreview> ReadAsync(ILedgerFileReader reader, IImportSource file, LedgerColumns? columns, bool remembered,
        Func<LedgerBooking, Task>? onBooking, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            using var sheet = reader.Open(file);
            var chosen = columns ?? LedgerColumns.Propose(sheet.Headers);
            var problems = chosen.Problems(sheet.Headers);
            if (problems.Count > 0)
                return new LedgerPreview { FileName = file.Name, Year = Year, Headers = sheet.Headers, Columns = chosen, ColumnProblems = problems, Remembered = remembered };
            var builder = new LedgerPreviewBuilder(sheet.Headers, chosen, Year, new LedgerRules(Rules), Lines);
            var read = 0;
            foreach (var row in sheet.Rows(ct))
            {
                if (builder.Add(row) is { } booking && onBooking is not null) await onBooking(booking);
                if (++read % 5000 == 0) progress?.Report(read);
            }
            progress?.Report(read);
            return builder.Build(file.Name, await HashAsync(file, ct), sheet.Headers, remembered);
        }
        catch (LedgerFileException error)
        {
            return LedgerPreview.Unreadable(file.Name, Year, error.Code);
        }
    }

    private static async Task<string> HashAsync(IImportSource file, CancellationToken ct)
    {
        await using var stream = file.Open();
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
