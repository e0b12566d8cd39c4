using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>Planners add or change an offering of the year's service plan (a national service or one of the area's own).</summary>
public sealed class SaveOffering : RowSave<ServiceOffering, OfferingForm>
{
    protected override DbSet<ServiceOffering> Set(IAppDbContext db) => db.ServiceOfferings();

    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, OfferingForm form, CancellationToken ct)
    {
        if (form.NationalServiceCode is { Length: > 0 } code && !await write.Db.NationalServices().AnyAsync(s => s.Code == code, ct))
            return [Failure(nameof(form.NationalServiceCode), "Services.Validation.ServiceRequired")];
        if (form.LocalServiceId is { } localId && !await write.Db.LocalServices().AnyAsync(s => s.Id == localId, ct))
            return [Failure(nameof(form.NationalServiceCode), "Services.Validation.ServiceRequired")];
        return [];
    }

    protected override Task<ServiceOffering> CreateAsync(WriteContext write, OfferingForm form, CancellationToken ct) =>
        Task.FromResult(new ServiceOffering(Guid.NewGuid(), write.AreaId, form.Year, form.Mode!.Value));

    protected override void Apply(ServiceOffering offering, OfferingForm form)
    {
        offering.NationalServiceCode = string.IsNullOrEmpty(form.NationalServiceCode) ? null : form.NationalServiceCode;
        offering.LocalServiceId = offering.NationalServiceCode is null ? form.LocalServiceId : null;
        offering.Mode = form.Mode!.Value;
        offering.StatutoryClass = form.StatutoryClass;
        offering.TargetGroups = form.CombinedTargetGroups;
        offering.Volume = form.Volume;
        offering.VolumeUnit = form.VolumeUnit;
        offering.Cost = form.Cost;
        offering.Producer = ServiceData.Blank(form.Producer);
        offering.Note = ServiceData.Blank(form.Note);
        offering.IsDemo = false; // a planner's own figure is no longer invented demo data
    }

    protected override OfferingForm ToForm(ServiceOffering offering) => OfferingForm.From(offering);
}
