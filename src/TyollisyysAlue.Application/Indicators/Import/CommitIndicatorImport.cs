using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>One value of a previewed import, with the value stored when the preview was made.</summary>
public sealed record ImportRow(string Indicator, string Municipality, DateOnly Date, decimal Value, decimal? Current);

/// <summary>A previewed import to save: its values, where they come from, and the mapping to remember for the layout.</summary>
public sealed class IndicatorImportForm
{
    public string FileName { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public string Signature { get; set; } = string.Empty;
    public string MappingJson { get; set; } = string.Empty;
    public IReadOnlyList<ImportRow> Values { get; set; } = [];

    /// <summary>The new and changed values of a plan without problems.</summary>
    public static IndicatorImportForm From(IndicatorImportPlan plan, string source)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new IndicatorImportForm
        {
            FileName = plan.Table.FileName,
            Source = source,
            Signature = plan.Table.Signature,
            MappingJson = plan.Mapping.ToJson(),
            Values = plan.Values.Where(v => v.Change != ImportChange.Unchanged)
                .Select(v => new ImportRow(v.Indicator, v.Municipality.Value, v.Period.Date, v.Value, v.Current)).ToList(),
        };
    }
}

public sealed class IndicatorImportFormValidator : AbstractValidator<IndicatorImportForm>
{
    /// <summary>Ten years of monthly values of a dozen series for a hundred members fit easily.</summary>
    public const int MaxValues = 200_000;

    public IndicatorImportFormValidator()
    {
        RuleFor(f => f.FileName).NotEmpty().WithErrorCode("Validation.Required");
        RuleFor(f => f.Source).NotEmpty().WithErrorCode("Validation.Required").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Signature).Matches("^[0-9a-f]{64}$").WithErrorCode("Import.BadSignature");
        RuleFor(f => f.MappingJson).Must(j => ImportMapping.FromJson(j) is not null).WithErrorCode("Import.BadMapping");
        RuleFor(f => f.Values).NotEmpty().WithErrorCode("Import.NothingToSave")
            .Must(v => v.Count <= MaxValues).WithErrorCode("Import.TooManyValues");
        RuleForEach(f => f.Values).ChildRules(row =>
        {
            row.RuleFor(r => r.Indicator).NotEmpty().WithErrorCode("Validation.Required");
            row.RuleFor(r => r.Municipality).Must(c => MunicipalityCode.TryParse(c, out _)).WithErrorCode("Import.UnknownMunicipality");
            row.RuleFor(r => r.Value).GreaterThanOrEqualTo(0).WithErrorCode("Import.Negative")
                .Must(v => decimal.Round(v, 2) == v).WithErrorCode("Import.TooPrecise");
        });
    }
}

/// <summary>
/// Saves a previewed import, all or nothing: every new and changed value with its source, and the mapping remembered
/// for the file's layout (the row the outcome is about). Refused when a value changed since the preview (someone
/// else saved first), when an indicator is unknown or computed, or when a municipality was never the area's member.
/// Planners and administrators may, and a program with an API token of the import scope.
/// </summary>
public sealed class CommitIndicatorImport : WriteUseCase<IndicatorImportForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    public override ApiScope? TokenScope => ApiScope.Import;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, IndicatorImportForm form, CancellationToken ct)
    {
        var db = write.Db;
        var codes = form.Values.Select(v => v.Indicator).Distinct().ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        if (codes.FirstOrDefault(c => !indicators.TryGetValue(c, out var i) || i.IsDerived) is { } bad)
            return write.Refuse(nameof(form.Values), "Import.UnknownIndicator", bad);
        var members = (await db.Memberships.AsNoTracking().Select(m => m.MunicipalityCode).Distinct().ToListAsync(ct)).ToHashSet();
        if (form.Values.Select(v => MunicipalityCode.Parse(v.Municipality)).FirstOrDefault(m => !members.Contains(m)) is { Value: not null } stranger)
            return write.Refuse(nameof(form.Values), "Import.NotAMember", stranger.Value);

        var existing = await db.IndicatorValues.Where(v => codes.Contains(v.IndicatorCode))
            .ToDictionaryAsync(v => (v.IndicatorCode, v.MunicipalityCode, v.OnDate), ct);
        foreach (var row in form.Values)
        {
            var key = (row.Indicator, MunicipalityCode.Parse(row.Municipality), row.Date);
            var now = existing.TryGetValue(key, out var stored) ? stored.Value : (decimal?)null;
            if (now != row.Current) return write.Refuse(nameof(form.Values), "Import.ChangedMeanwhile", row.Municipality, row.Date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture));
            if (stored is not null) stored.Change(row.Value, form.Source);
            else db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), write.AreaId, row.Indicator, key.Item2, row.Date, row.Value, form.Source, isDemo: false));
        }

        var mapping = await db.ImportMappings.FirstOrDefaultAsync(m => m.Signature == form.Signature, ct);
        if (mapping is null) db.ImportMappings.Add(mapping = new SavedImportMapping(Guid.NewGuid(), write.AreaId, form.Signature, form.FileName, form.MappingJson, write.Now));
        else mapping.Remember(form.FileName, form.MappingJson, write.Now);
        return write.Save(mapping);
    }

    /// <summary>Someone saved the same value at the same moment (the unique index): as if it changed meanwhile.</summary>
    protected internal override Task<IReadOnlyList<FluentValidation.Results.ValidationFailure>> RefusedByDatabaseAsync(WriteContext fresh,
        DbUpdateException error, IndicatorImportForm form, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FluentValidation.Results.ValidationFailure>>([FieldError.Of(nameof(form.Values), "Import.ChangedMeanwhile", "", "")]);
}
