using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Financing;

/// <summary>
/// The net position of the year for the plan's financing section: each member's payment, state share, benefit
/// liability, compensation, net cost and € per resident 18–64, with totals (sums of the rows). While figures are
/// missing the table is empty and its note names each one and its publisher; demo figures are noted as demo.
/// Frozen with the version on approval like every live block.
/// </summary>
public sealed class NetPositionLiveBlock(NetPositionQuery query) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.NetPosition;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var t = TextTable.In(request.Language);
        var view = await query.LoadAsync(request.Year, cancellationToken);
        var caption = LiveBlockRenderer.Caption(Kind, request.Year, t);
        List<LiveColumn> columns =
        [
            new(t["NetPosition.Member"]), new(t["NetPosition.Payment"], true), new(t["NetPosition.StateShare"], true),
            new(t["NetPosition.Liability"], true), new(t["NetPosition.Compensation"], true), new(t["NetPosition.NetCost"], true),
            new(t["NetPosition.PerResident"], true),
        ];
        if (view.Table is not { } table)
        {
            var missing = string.Join("; ", view.Missing.Select(m => t[m.What] + (m.Municipality is null ? "" : " – " + m.Municipality) + " (" + t[m.PublisherKey] + ")"));
            return new LiveTable(Kind, caption, columns, [], Note: t["Financing.MissingTitle"] + " " + missing);
        }
        var rows = table.Rows.Select(r => (IReadOnlyList<string>)
        [
            view.NameOf(r.Code, t.Language), Formats.Euros(r.Input.Payment), Formats.Euros(r.Input.StateShare.Received),
            Formats.Euros(r.Input.BenefitLiability) + (r.Input.LiabilitySource == LiabilitySource.Estimate ? " *" : ""),
            Formats.Euros(r.Input.Compensation), Formats.Euros(r.NetCost), r.PerWorkingAgeResident is { } p ? Formats.Euros(p) : "–",
        ]).ToList();
        List<string> totals =
        [
            t["Live.Total"], Formats.Euros(table.Payment), Formats.Euros(table.StateShare), Formats.Euros(table.BenefitLiability),
            Formats.Euros(table.Compensation), Formats.Euros(table.NetCost), table.PerWorkingAgeResident is { } pt ? Formats.Euros(pt) : "–",
        ];
        var note = "* " + t["NetPosition.Estimate"] + (view.UsesDemo ? ". " + t["NetPosition.Demo"] : "");
        return new LiveTable(Kind, caption, columns, rows, totals, note);
    }
}
