using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Offices;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Offices;

/// <summary>The plan's table of offices (§15(4) c): name, municipality (and district), type, walk-in, channels, languages.</summary>
public sealed class OfficesLiveBlock(OfficesQuery offices) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.Offices;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var lang = request.Language;
        var t = TextTable.In(lang);
        var view = await offices.LoadAsync(request.AsOf, cancellationToken);
        var rows = view.Points.Select(p => (IReadOnlyList<string>)
        [
            p.NameIn(lang),
            (view.Member(p.MunicipalityCode)?.NameIn(lang) ?? p.MunicipalityCode.Value) + (p.District is { } d ? $" ({d})" : ""),
            t.Of("Offices.Type", p.Type),
            t[p.WalkIn ? "Offices.Yes" : "Offices.No"],
            string.Join(", ", Enum.GetValues<ServiceChannels>().Where(c => c != ServiceChannels.None && p.Channels.HasFlag(c)).Select(c => t.Of("Offices.Channel", c))),
            string.Join(", ", p.Languages),
        ]).ToList();
        return new LiveTable(LiveBlockKind.Offices, t["Live.OfficesCaption"],
            [new(t["Live.Office"]), new(t["Live.Municipality"]), new(t["Live.Type"]), new(t["Live.WalkIn"]),
             new(t["Live.Channels"]), new(t["Live.Languages"])],
            rows);
    }
}
