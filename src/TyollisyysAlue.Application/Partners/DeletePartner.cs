using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Partners;

namespace TyollisyysAlue.Application.Partners;

/// <summary>Planners remove a partner.</summary>
public sealed class DeletePartner : RowDelete<Partner, PartnerForm>
{
    protected override DbSet<Partner> Set(IAppDbContext db) => db.Partners;
    protected override PartnerForm ToForm(Partner p) => PartnerForm.From(p);
}
