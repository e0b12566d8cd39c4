using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Domain.Partners;

namespace TyollisyysAlue.Application.Partners;

/// <summary>The area's partners: list (by plan point, then name), add, change, remove.</summary>
public sealed class PartnerEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<PartnerForm> validator)
    : RowEditing<Partner, PartnerForm>(contexts, area, validator)
{
    public async Task<IReadOnlyList<Partner>> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await Contexts.CreateAsync(ct);
        var partners = await db.Partners.AsNoTracking().ToListAsync(ct);
        return partners.OrderBy(p => p.Section).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    protected override DbSet<Partner> Set(IAppDbContext db) => db.Partners;

    protected override Partner Create(Guid areaId, PartnerForm form) => new(Guid.NewGuid(), areaId, form.Name.Trim(), form.Kind, form.Section);

    protected override void Apply(Partner p, PartnerForm form)
    {
        p.Name = form.Name.Trim();
        p.NameSv = Clean(form.NameSv);
        p.Kind = form.Kind;
        p.Section = form.Section;
        p.Cooperation = Clean(form.Cooperation);
        p.ContactPerson = Clean(form.ContactPerson);
        p.Agreement = Clean(form.Agreement);
        p.AgreementDate = form.AgreementDate is { } a ? DateOnly.FromDateTime(a) : null;
        p.ReviewDate = form.ReviewDate is { } r ? DateOnly.FromDateTime(r) : null;
        p.IsDemo = false;
    }

    protected override PartnerForm ToForm(Partner p) => PartnerForm.From(p);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
