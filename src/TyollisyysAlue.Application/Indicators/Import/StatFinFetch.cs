using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>What to fetch: a table, its contents, a span of periods (inclusive), and the indicator the user came from.</summary>
public sealed record FetchRequest(string Table, IReadOnlyList<string> Contents, string From, string To, string? PreferredIndicator = null);

/// <summary>The answers of a fetch (kept for another mapping without fetching again) and their preview.</summary>
public sealed record FetchedTable(string Name, string Title, IReadOnlyList<IImportSource> Parts, ImportPreview Preview);

/// <summary>
/// "Fetch from Statistics Finland": the query for the area's members, the chosen contents and periods, split to the
/// service's limits, fetched (the client keeps to 40 calls a minute) and read into the same preview an upload gets.
/// Nothing is saved here; the preview is saved with <see cref="CommitIndicatorImport"/> like any import.
/// </summary>
public sealed class StatFinFetch(IStatFinClient client, IndicatorImports imports, IAppDbContextFactory contexts)
{
    /// <summary>The tables the fetch offers, by short id, with their place in the StatFin database.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tables = new Dictionary<string, string>
    {
        ["12r5"] = "tyonv/12r5.px",
        ["11re"] = "vaerak/11re.px",
        ["11rm"] = "vaerak/11rm.px",
    };

    public Task<PxTable> TableAsync(string table, CancellationToken ct = default) => client.TableAsync(Path(table), ct);

    /// <summary>The content variable: contentscode (Tiedot before 8.6.2026).</summary>
    public static PxVariable? ContentOf(PxTable table) =>
        table?.Variables.FirstOrDefault(v => v.Code.Equals("contentscode", StringComparison.OrdinalIgnoreCase) || v.Code == "Tiedot")
        ?? table?.Variables.LastOrDefault(v => !v.IsTime);

    public static PxVariable? TimeOf(PxTable table) => table?.Variables.FirstOrDefault(v => v.IsTime);

    public static PxVariable? AreaOf(PxTable table) =>
        table?.Variables.FirstOrDefault(v => !v.IsTime && v.Values.Count(x => AreaCode.LooksLikeArea(x) && !x.All(char.IsAsciiDigit)) * 2 > v.Values.Count);

    public async Task<FetchedTable> FetchAsync(FetchRequest request, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var table = await client.TableAsync(Path(request.Table), ct);
        var (area, time, content) = (AreaOf(table), TimeOf(table), ContentOf(table));
        if (area is null || time is null || content is null) throw new StatFinException($"{request.Table}: no municipality, period or content variable");

        var members = await MembersAsync(ct);
        var from = PeriodCode.Parse(request.From);
        var to = PeriodCode.Parse(request.To);
        var periods = time.Values.Where(v => PeriodCode.Parse(v) is { } p && (from is null || p.Date >= from.Value.Date) && (to is null || p.Date <= to.Value.Date)).ToList();
        if (periods.Count == 0) throw new StatFinException("Fetch.NoPeriods");
        var selections = new List<PxSelection>();
        foreach (var variable in table.Variables)
        {
            if (variable == area) selections.Add(new(area.Code, area.Values.Where(v => AreaCode.Classify(v).Code is { } c && members.Contains(c.Value)).ToList()));
            else if (variable == time) selections.Add(new(time.Code, periods));
            else if (variable == content) selections.Add(new(content.Code, request.Contents.Where(variable.Values.Contains).ToList()));
            else selections.Add(new(variable.Code, OtherValues(variable, request.PreferredIndicator)));
        }
        if (selections.Any(s => s.Values.Count == 0)) throw new StatFinException("Fetch.NothingToFetch");

        var queries = StatFinQueries.Split(selections, time.Code, area.Code, client.MaxCells);
        var parts = new List<IImportSource>();
        for (var i = 0; i < queries.Count; i++)
        {
            progress?.Report((i, queries.Count));
            parts.Add(new MemoryImportSource($"{request.Table}-{i + 1}.json", await client.QueryAsync(Path(request.Table), queries[i], ct)));
        }
        progress?.Report((queries.Count, queries.Count));
        var name = $"{request.Table}.px";
        var plan = await imports.PlanAsync(parts, name, new ImportRequest(null, request.PreferredIndicator), ct);
        return new FetchedTable(name, table.Title, parts, Titled(plan, table.Title));
    }

    /// <summary>The fetched answers read again with another mapping (the mapping step), without calling the service.</summary>
    public async Task<ImportPreview> RemapAsync(FetchedTable fetched, ImportMapping mapping, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        return Titled(await imports.PlanAsync(fetched.Parts, fetched.Name, new ImportRequest(mapping), ct), fetched.Title);
    }

    private static ImportPreview Titled(IndicatorImportPlan plan, string title) =>
        new(plan with { Table = plan.Table with { Title = plan.Table.Title ?? title } }, false);

    /// <summary>Of another variable: its total where it has one (SSS), ages 18–64 for working age, else every value.</summary>
    private static List<string> OtherValues(PxVariable variable, string? preferred)
    {
        if (preferred == Indicator.WorkingAge
            && variable.Values.Where(v => int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) && age is >= 18 and <= 64).ToList()
                is { Count: > 0 } ages) return ages;
        if (variable.Values.FirstOrDefault(v => v == "SSS") is { } total) return [total];
        return variable.Values.ToList();
    }

    private async Task<HashSet<string>> MembersAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        return (await db.Memberships.AsNoTracking().Select(m => m.MunicipalityCode).Distinct().ToListAsync(ct)).Select(c => c.Value).ToHashSet();
    }

    private static string Path(string table) =>
        Tables.TryGetValue(table, out var path) ? path : throw new ArgumentException($"No table {table} to fetch.", nameof(table));
}
