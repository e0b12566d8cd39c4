using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Staffing;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Staffing;

/// <summary>
/// The plan's staff table (§15(4) a): person-years by key process (rows) and location (columns) with totals; the
/// municipality-funded supplementary staff as a row of its own; transferring staff against need as the note.
/// </summary>
public sealed class StaffingLiveBlock(StaffingQuery staffing) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.Staffing;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var t = TextTable.In(request.Language);
        var view = await staffing.LoadAsync(cancellationToken);
        var table = view.Table;
        var locations = table.Locations;
        var area = StaffFunding.Area;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var process in table.Cells.Where(c => c.Funding == area).Select(c => c.Process).Distinct().OrderBy(p => p is null ? int.MaxValue : (int)p))
        {
            rows.Add([t[$"Staffing.Process.{process?.ToString() ?? "None"}"],
                ..locations.Select(l => Formats.Figure(table.Cell(process, l, area))), Formats.Figure(table.ProcessTotal(process, area))]);
        }
        if (table.Supplementary > 0)
        {
            rows.Add([t["Staffing.Supplementary"],
                ..locations.Select(l => Formats.Figure(table.LocationSum(l, StaffFunding.MunicipalitySupplementary))), Formats.Figure(table.Supplementary)]);
        }
        IReadOnlyList<string> totals = [t["Live.Total"], ..locations.Select(l => Formats.Figure(table.LocationSum(l))), Formats.Figure(table.GrandTotal)];
        var plan = view.Plan;
        string? note = plan is { TransferringPersonYears: { } transferring, NeededPersonYears: { } needed } && view.NeedIncreasePercent is { } pct
            ? t["Live.Transfer", Formats.Figure(transferring), Formats.Figure(needed), (pct >= 0 ? "+" : "") + Formats.Number(pct)]
            : null;
        return new LiveTable(LiveBlockKind.Staffing, t["Live.StaffingCaption"],
            [new(t["Live.Process"]), ..locations.Select(l => new LiveColumn(l, Numeric: true)), new(t["Live.Total"], Numeric: true)],
            rows, totals, note);
    }
}
