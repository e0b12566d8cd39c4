using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Partners;

namespace TyollisyysAlue.Application.Partners;

/// <summary>Planners add or change a partner (cooperation, contact, agreement and its review date).</summary>
public sealed class SavePartner : RowSave<Partner, PartnerForm>
{
    protected override DbSet<Partner> Set(IAppDbContext db) => db.Partners;

    protected override Task<Partner> CreateAsync(WriteContext write, PartnerForm form, CancellationToken ct) =>
        Task.FromResult(new Partner(Guid.NewGuid(), write.AreaId, form.Name.Trim(), form.Kind, form.Section));

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
