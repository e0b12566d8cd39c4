using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Web.Api.Indicators;

/// <summary>The preview of an import (and with commit=true, how many values were saved).</summary>
public sealed record ImportResponse(
    string File,
    string Format,
    ImportTableFacts Table,
    ImportMapping Mapping,
    bool RememberedMapping,
    ImportCounts Summary,
    IReadOnlyList<ImportValueDto> Values,
    IReadOnlyList<ImportLackingDto> Lacking,
    IReadOnlyList<ImportSkippedDto> Skipped,
    long OtherMunicipalityCells,
    int? Saved)
{
    public static ImportResponse From(ImportPreview preview, int? saved)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var plan = preview.Plan;
        return new(plan.Table.FileName, plan.Table.Format.ToString(), new(plan.Table.Title, plan.Table.Source, plan.Table.Updated), plan.Mapping,
            preview.Remembered, new(plan.Count(ImportChange.New), plan.Count(ImportChange.Changed), plan.Count(ImportChange.Unchanged)),
            plan.Values.Select(v => new ImportValueDto(v.Indicator, v.Municipality.Value, v.Period.ToString(), v.Value, v.Current,
                v.Change.ToString().ToLowerInvariant())).ToList(),
            plan.Lacking.Select(l => new ImportLackingDto(l.Indicator, l.Municipality.Value, l.Period.ToString(), l.Symbol)).ToList(),
            plan.Skipped.Select(s => new ImportSkippedDto(s.Code, s.Label, s.Cells)).ToList(),
            plan.OtherMunicipalityCells, saved);
    }
}

public sealed record ImportTableFacts(string? Title, string? Source, string? Updated);

public sealed record ImportCounts(int New, int Changed, int Unchanged);

/// <summary>A value of the file for the area: <c>change</c> is new, changed or unchanged against <c>current</c>.</summary>
public sealed record ImportValueDto(string Indicator, string Municipality, string Period, decimal Value, decimal? Current, string Change);

/// <summary>A member without a value for a period of the file: <c>symbol</c> ".." when suppressed, null when not in the file.</summary>
public sealed record ImportLackingDto(string Indicator, string Municipality, string Period, string? Symbol);

public sealed record ImportSkippedDto(string Code, string Label, long Cells);
