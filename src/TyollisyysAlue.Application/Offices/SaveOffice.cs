using TyollisyysAlue.Domain.Common;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>Planners add or change an office; an office must be in a current or future member (not a past one).</summary>
public sealed class SaveOffice(TimeProvider clock) : RowSave<ServicePoint, OfficeForm>
{
    protected override DbSet<ServicePoint> Set(IAppDbContext db) => db.ServicePoints;

    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, OfficeForm form, CancellationToken ct)
    {
        var code = MunicipalityCode.Parse(form.MunicipalityCode!);
        var today = HelsinkiTime.Today(clock);
        var memberships = await write.Db.Memberships.AsNoTracking().Where(m => m.MunicipalityCode == code).ToListAsync(ct);
        return memberships.Any(m => m.ValidTo is null || m.ValidTo >= today)
            ? [] : [Failure(nameof(OfficeForm.MunicipalityCode), "Offices.Validation.NotAMember")];
    }

    protected override Task<ServicePoint> CreateAsync(WriteContext write, OfficeForm form, CancellationToken ct) =>
        Task.FromResult(new ServicePoint(Guid.NewGuid(), write.AreaId, form.Name, MunicipalityCode.Parse(form.MunicipalityCode!), form.Type));

    protected override void Apply(ServicePoint point, OfficeForm form)
    {
        point.Name = form.Name.Trim();
        point.NameSv = Clean(form.NameSv);
        point.MunicipalityCode = MunicipalityCode.Parse(form.MunicipalityCode!);
        point.District = Clean(form.District);
        point.Address = Clean(form.Address);
        point.Type = form.Type;
        point.WalkIn = form.WalkIn;
        point.OpeningHours = Clean(form.OpeningHours);
        point.Channels = form.Channels;
        point.Languages = OfficeFormValidator.KnownLanguages.Where(form.Languages.Contains).ToList();
        point.IsDemo = false;
    }

    protected override OfficeForm ToForm(ServicePoint point) => OfficeForm.From(point);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
