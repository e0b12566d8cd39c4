using System.Globalization;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>The plan's live table of the area's services of the request's year, with totals (Finnish number style).</summary>
public sealed class ServicesLiveBlock(ServiceCatalogue catalogue) : ILiveBlockSource
{
    private static readonly CultureInfo Finnish = LiveBlockTexts.Numbers;

    public LiveBlockKind Kind => LiveBlockKind.Services;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lang = request.Language;
        var year = await catalogue.LoadAsync(request.Year, cancellationToken);
        string T(string key) => ServiceTexts.Get(key, lang);
        var columns = new LiveColumn[]
        {
            new(T("Service")), new(T("Group")), new(T("Audience")), new(T("Mode")), new(T("Class")),
            new(T("Volume"), Numeric: true), new(T("Cost"), Numeric: true),
        };
        var rows = year.Offerings.Select(o => (IReadOnlyList<string>)
        [
            o.NameIn(lang), ServiceTexts.Of(o.Group, lang), o.Audience.Letter(),
            ServiceTexts.Of(o.Offering.Mode, lang),
            o.Offering.StatutoryClass is { } c ? ServiceTexts.Of(c, lang) : "",
            o.Offering.Volume?.ToString("N0", Finnish) ?? "",
            o.Offering.Cost.ToString("N2", Finnish),
        ]).ToList();
        var totals = new[]
        {
            T("Total"), "", "", "", "",
            year.Offerings.Sum(o => (long)(o.Offering.Volume ?? 0)).ToString("N0", Finnish),
            year.Summary.Cost.ToString("N2", Finnish),
        };
        return new LiveTable(LiveBlockKind.Services, string.Format(CultureInfo.InvariantCulture, T("Caption"), request.Year), columns, rows, totals,
            year.UsesDemoData ? T("DemoNote") : null);
    }
}
