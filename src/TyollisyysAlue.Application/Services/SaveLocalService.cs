using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>Planners add or rename one of the area's own services ("paikalliset lisäpalvelut").</summary>
public sealed class SaveLocalService : RowSave<LocalService, LocalServiceForm>
{
    protected override DbSet<LocalService> Set(IAppDbContext db) => db.LocalServices();

    protected override Task<LocalService> CreateAsync(WriteContext write, LocalServiceForm form, CancellationToken ct) =>
        Task.FromResult(new LocalService(Guid.NewGuid(), write.AreaId, form.Group, form.Audience, form.NameFi.Trim()));

    protected override void Apply(LocalService service, LocalServiceForm form)
    {
        service.Group = form.Group;
        service.Audience = form.Audience;
        service.NameFi = form.NameFi.Trim();
        service.NameSv = ServiceData.Blank(form.NameSv);
        service.NameEn = ServiceData.Blank(form.NameEn);
    }

    protected override LocalServiceForm ToForm(LocalService service) => LocalServiceForm.From(service);
}
