using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>
/// Reads an uploaded (or fetched) table into a preview for the current area: structure, the mapping (the user's, the
/// area's remembered one for the layout, or a proposal), then the cells against the area's members and current values.
/// Saves nothing: <see cref="CommitIndicatorImport"/> saves a plan without problems, all or nothing.
/// </summary>
public sealed class IndicatorImports(IAppDbContextFactory contexts, IStatTableReader reader)
{
    public async Task<ImportPreview> PreviewAsync(IImportSource file, ImportRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(request);
        if (file.Length > ImportLimits.MaxBytes)
            return new(IndicatorImportPlan.Unreadable(file.Name, new StatFileException("Import.TooLarge", ImportLimits.MaxBytes / (1024 * 1024))), false);
        try
        {
            var columns = request.Mapping?.ValueColumns is { Count: > 0 } chosen ? chosen : null;
            var table = await InspectAsync(file, columns, ct);
            // A mapping that only names CSV value columns asks for the file to be read that way and mapped afresh.
            var given = request.Mapping is { } m && (m.Area ?? m.Time ?? m.Content) is not null || request.Mapping?.Targets.Count > 0 ? request.Mapping : null;
            var remembered = given is null ? await RememberedAsync(table.Signature, ct) : null;
            if (columns is null && remembered is { ValueColumns.Count: > 0 } && !remembered.ValueColumns.Order().SequenceEqual(table.ValueColumns.Order()))
            {
                table = await InspectAsync(file, remembered.ValueColumns, ct);
                remembered = await RememberedAsync(table.Signature, ct);
            }
            var scope = await ScopeAsync(request, ct);
            var mapping = given ?? MappingProposal.Propose(table, scope.Indicators.Values.ToList(), request.PreferredIndicator, remembered);
            if (table.Format == StatFormat.Csv) mapping = mapping with { ValueColumns = table.ValueColumns };
            scope = scope with { Current = await CurrentAsync(mapping.Targets.Values, ct) };
            var plan = await Task.Run(() => Plan([(file, table)], table, mapping, scope, ct), ct);
            return new(plan, given is null && remembered is not null && MappingProposal.Fits(table, remembered));
        }
        catch (StatFileException error)
        {
            return new(IndicatorImportPlan.Unreadable(file.Name, error), false);
        }
    }

    /// <summary>
    /// Several responses of one query split into parts (the fetch): one plan over all of them, with the request's
    /// mapping or one proposed for the merged table.
    /// </summary>
    public async Task<IndicatorImportPlan> PlanAsync(IReadOnlyList<IImportSource> parts, string name, ImportRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var tables = new List<(IImportSource, StatTableInfo)>();
            foreach (var part in parts) tables.Add((part, await InspectAsync(part, null, ct)));
            var merged = Merge(name, tables.Select(t => t.Item2).ToList());
            var scope = await ScopeAsync(request, ct);
            var mapping = request.Mapping ?? MappingProposal.Propose(merged, scope.Indicators.Values.ToList(), request.PreferredIndicator, null);
            scope = scope with { Current = await CurrentAsync(mapping.Targets.Values, ct) };
            return await Task.Run(() => Plan(tables, merged, mapping, scope, ct), ct);
        }
        catch (StatFileException error)
        {
            return IndicatorImportPlan.Unreadable(name, error);
        }
    }

    private IndicatorImportPlan Plan(IReadOnlyList<(IImportSource File, StatTableInfo Table)> files, StatTableInfo table, ImportMapping mapping,
        ImportScope scope, CancellationToken ct)
    {
        var builder = new ImportPlanBuilder(table, mapping, scope);
        if (builder.MappingIsValid)
        {
            foreach (var (file, own) in files)
            {
                using var stream = file.Open();
                reader.ReadCells(stream, own, builder, ct);
            }
        }
        return builder.Build();
    }

    private Task<StatTableInfo> InspectAsync(IImportSource file, IReadOnlyCollection<string>? valueColumns, CancellationToken ct) =>
        Task.Run(() =>
        {
            using var stream = file.Open();
            return reader.Inspect(stream, file.Name, valueColumns, ct);
        }, ct);

    /// <summary>The parts of one split query have the same variables; their members together are the table's.</summary>
    private static StatTableInfo Merge(string name, List<StatTableInfo> tables)
    {
        if (tables.Count == 0) throw new StatFileException("Import.Empty");
        var first = tables[0];
        var dimensions = first.Dimensions.Select((d, i) => d with
        {
            Members = tables.SelectMany(t => t.Dimensions[i].Members).DistinctBy(m => m.Code).ToList(),
        }).ToList();
        return first with { FileName = name, Dimensions = dimensions, Cells = tables.Sum(t => t.Cells) };
    }

    private async Task<ImportMapping?> RememberedAsync(string signature, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var json = await db.ImportMappings.AsNoTracking().Where(m => m.Signature == signature).Select(m => m.MappingJson).FirstOrDefaultAsync(ct);
        return ImportMapping.FromJson(json);
    }

    private async Task<ImportScope> ScopeAsync(ImportRequest request, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().Select(m => new MemberSpan(m.MunicipalityCode, m.ValidFrom, m.ValidTo)).ToListAsync(ct);
        var register = (await db.Municipalities.AsNoTracking().Select(m => m.Code).ToListAsync(ct)).ToHashSet();
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        return new ImportScope(memberships, register, indicators, new Dictionary<(string, Domain.Municipalities.MunicipalityCode, DateOnly), decimal>())
        {
            Year = request.Year,
        };
    }

    private async Task<IReadOnlyDictionary<(string, Domain.Municipalities.MunicipalityCode, DateOnly), decimal>> CurrentAsync(
        IEnumerable<string> indicators, CancellationToken ct)
    {
        var codes = indicators.Distinct().ToList();
        await using var db = await contexts.CreateAsync(ct);
        var values = await db.IndicatorValues.AsNoTracking().Where(v => codes.Contains(v.IndicatorCode))
            .Select(v => new { v.IndicatorCode, v.MunicipalityCode, v.OnDate, v.Value }).ToListAsync(ct);
        return values.ToDictionary(v => (v.IndicatorCode, v.MunicipalityCode, v.OnDate), v => v.Value);
    }
}
