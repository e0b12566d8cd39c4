using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.FollowUp.Ledger;

namespace TyollisyysAlue.Infrastructure.Imports.Ledger;

/// <summary>
/// One INSERT … SELECT FROM unnest(arrays) per batch, on the write's connection and transaction: row-level security
/// checks every row (COPY cannot be used on a table with RLS), and a batch of thousands is one round trip.
/// </summary>
public sealed class LedgerEntryWriter : ILedgerEntryWriter
{
    private const string Sql = """
        INSERT INTO ledger_entries (id, area_id, import_id, budget_line_id, year, month, line_number, account, cost_centre, project, description, amount, posting_date)
        SELECT u.id, @area, @import, u.line, @year, u.month, u.number, u.account, u.centre, u.project, u.description, u.amount, u.posted
        FROM unnest(@ids, @lines, @months, @numbers, @accounts, @centres, @projects, @descriptions, @amounts, @posted)
            AS u(id, line, month, number, account, centre, project, description, amount, posted)
        """;

    public async Task InsertAsync(IAppDbContext db, Guid areaId, Guid importId, int year, IReadOnlyList<LedgerBooking> bookings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(bookings);
        if (bookings.Count == 0) return;
        NpgsqlParameter Array<T>(string name, NpgsqlDbType type, Func<LedgerBooking, T> value) =>
            new(name, NpgsqlDbType.Array | type) { Value = bookings.Select(value).ToArray() };
        await db.Database.ExecuteSqlRawAsync(Sql, [
            new NpgsqlParameter("area", areaId), new NpgsqlParameter("import", importId), new NpgsqlParameter("year", year),
            Array("ids", NpgsqlDbType.Uuid, _ => Guid.CreateVersion7()),
            Array("lines", NpgsqlDbType.Uuid, b => b.BudgetLineId),
            Array("months", NpgsqlDbType.Integer, b => b.Month),
            Array("numbers", NpgsqlDbType.Integer, b => b.Line),
            Array("accounts", NpgsqlDbType.Varchar, b => b.Account),
            Array("centres", NpgsqlDbType.Varchar, b => b.CostCentre),
            Array("projects", NpgsqlDbType.Varchar, b => b.Project),
            Array("descriptions", NpgsqlDbType.Varchar, b => b.Description),
            Array("amounts", NpgsqlDbType.Numeric, b => b.Amount),
            Array("posted", NpgsqlDbType.Date, b => b.PostingDate),
        ], ct);
    }
}
