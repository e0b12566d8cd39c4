using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Services;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Services;

/// <summary>The plan's live table of the area's services of the request's year, with totals (Finnish number style).</summary>
public sealed class ServicesLiveBlock(ServiceCatalogue catalogue) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.Services;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lang = request.Language;
        var t = TextTable.In(lang);
        var year = await catalogue.LoadAsync(request.Year, cancellationToken);
        var columns = new LiveColumn[]
        {
            new(t["Live.Service"]), new(t["Live.Group"]), new(t["Services.AudienceShort"]), new(t["Live.Mode"]), new(t["Live.Class"]),
            new(t["Live.Volume"], Numeric: true), new(t["Live.Cost"], Numeric: true),
        };
        var rows = year.Offerings.Select(o => (IReadOnlyList<string>)
        [
            o.NameIn(lang), t.Of("Services.Group", o.Group), o.Audience.Letter(),
            t.Of("Services.Mode", o.Offering.Mode),
            o.Offering.StatutoryClass is { } c ? t.Of("Services.Class", c) : "",
            o.Offering.Volume is { } volume ? Formats.Number(volume) : "",
            Formats.Amount(o.Offering.Cost),
        ]).ToList();
        var totals = new[]
        {
            t["Live.Total"], "", "", "", "",
            Formats.Number(year.Offerings.Sum(o => (long)(o.Offering.Volume ?? 0))),
            Formats.Amount(year.Summary.Cost),
        };
        return new LiveTable(LiveBlockKind.Services, LiveBlockRenderer.Caption(Kind, request.Year, t), columns, rows, totals,
            year.UsesDemoData ? t["Live.DemoNote"] : null);
    }
}
