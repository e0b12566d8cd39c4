using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Offices;
using static TyollisyysAlue.Application.Offices.LiveBlockText;

namespace TyollisyysAlue.Application.Offices;

/// <summary>The plan's table of offices (§15(4) c): name, municipality (and district), type, walk-in, channels, languages.</summary>
public sealed class OfficesLiveBlock(OfficesQuery offices) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.Offices;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var lang = request.Language;
        var view = await offices.LoadAsync(request.AsOf, cancellationToken);
        var rows = view.Points.Select(p => (IReadOnlyList<string>)
        [
            p.NameIn(lang),
            (view.Member(p.MunicipalityCode)?.NameIn(lang) ?? p.MunicipalityCode.Value) + (p.District is { } d ? $" ({d})" : ""),
            Get(p.Type.ToString(), lang),
            Get(p.WalkIn ? "Yes" : "No", lang),
            string.Join(", ", Enum.GetValues<ServiceChannels>().Where(c => c != ServiceChannels.None && p.Channels.HasFlag(c)).Select(c => Get(c.ToString(), lang))),
            string.Join(", ", p.Languages),
        ]).ToList();
        return new LiveTable(LiveBlockKind.Offices, Get("OfficesCaption", lang),
            [new(Get("Office", lang)), new(Get("Municipality", lang)), new(Get("Type", lang)), new(Get("WalkIn", lang)),
             new(Get("Channels", lang)), new(Get("Languages", lang))],
            rows);
    }
}
