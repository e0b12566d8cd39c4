using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>The area's service points and the coverage of its members on a day; bilingual when the responsible or a current member is.</summary>
public sealed record OfficesView(IReadOnlyList<ServicePoint> Points, IReadOnlyList<AreaMember> Members, IReadOnlyList<MunicipalityCoverage> Coverage,
    IReadOnlyList<AreaMember> Eligible, bool Bilingual = false)
{
    public AreaMember? Member(MunicipalityCode code) => Members.FirstOrDefault(m => m.Code == code);
}

/// <summary>Lists, adds, changes and removes the area's offices; an office must be in a current or future member.</summary>
public sealed class OfficeEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<OfficeForm> validator, TimeProvider clock)
    : RowEditing<ServicePoint, OfficeForm>(contexts, area, validator)
{
    public async Task<OfficesView> LoadAsync(DateOnly membersOn, CancellationToken ct = default)
    {
        await using var db = await Contexts.CreateAsync(ct);
        var points = await db.ServicePoints.AsNoTracking().ToListAsync(ct);
        points = points.OrderBy(p => p.MunicipalityCode).ThenBy(p => p.Type).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var members = await AreaMembers.OnAsync(db, membersOn, ct);
        var everMembers = await AreaMembers.EverAsync(db, ct);
        var coverage = Domain.Offices.Coverage.Of(members.Select(m => m.Code),
            points.Select(p => new PointPresence(p.MunicipalityCode, p.Type, p.District, p.WalkIn)));
        var today = Today;
        var eligible = (await db.Memberships.AsNoTracking().ToListAsync(ct)).Where(m => m.ValidTo is null || m.ValidTo >= today)
            .Select(m => m.MunicipalityCode).ToHashSet();
        var current = everMembers.Where(m => eligible.Contains(m.Code)).ToList();
        return new OfficesView(points, everMembers, coverage, current, await AreaMembers.IsBilingualAsync(db, Area.AreaId, current, ct));
    }

    protected override DbSet<ServicePoint> Set(IAppDbContext db) => db.ServicePoints;

    protected override ServicePoint Create(Guid areaId, OfficeForm form) =>
        new(Guid.NewGuid(), areaId, form.Name, MunicipalityCode.Parse(form.MunicipalityCode!), form.Type);

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

    /// <summary>Refuses a municipality that is not a member today or later (a past member's office cannot be added).</summary>
    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(IAppDbContext db, OfficeForm form, CancellationToken ct)
    {
        var code = MunicipalityCode.Parse(form.MunicipalityCode!);
        var today = Today;
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.MunicipalityCode == code).ToListAsync(ct);
        return memberships.Any(m => m.ValidTo is null || m.ValidTo >= today)
            ? [] : [Failure(nameof(OfficeForm.MunicipalityCode), "Offices.Validation.NotAMember")];
    }

    private DateOnly Today => HelsinkiTime.Today(clock);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
