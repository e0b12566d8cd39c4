using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Memberships;

/// <summary>
/// Administrators join a municipality to the current area from a date on a decision. A municipality belongs to one
/// area on any day: the refusal names the other area, also when the database's exclusion constraint catches a
/// simultaneous claim. Membership, claim and audit rows are one save, so one transaction.
/// </summary>
public sealed class JoinMembership : WriteUseCase<JoinMembershipForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, JoinMembershipForm form, CancellationToken ct)
    {
        var code = MunicipalityCode.Parse(form.MunicipalityCode);
        var membership = new Membership(Guid.NewGuid(), write.AreaId, code, form.ValidFrom!.Value, null, form.DecisionReference);
        var municipality = await write.Db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Code == code, ct);
        if (municipality is null) return write.Refuse(nameof(form.MunicipalityCode), "Membership.UnknownMunicipality");
        // A municipality that has merged into another joins nothing from its merger on.
        if (municipality.MergedOn is { } merged && form.ValidFrom >= merged) return write.Refuse(nameof(form.MunicipalityCode), "Membership.Merged");
        var own = await write.Db.Memberships.AsNoTracking().Where(m => m.MunicipalityCode == code).ToListAsync(ct);
        if (own.Any(membership.Overlaps)) return write.Refuse(nameof(form.ValidFrom), "Membership.Overlaps");
        if (await AreaClaims.HeldElsewhereAsync(write.Db, write.AreaId, code, membership.ValidFrom, null, ct) is { } claim)
            return write.Refuse([AreaClaims.Refusal(claim)]);
        write.Db.Memberships.Add(membership);
        return write.Save(membership);
    }

    /// <summary>Another area (or another administrator of this one) claimed the municipality meanwhile: name the winner.</summary>
    protected internal override async Task<IReadOnlyList<ValidationFailure>> RefusedByDatabaseAsync(WriteContext fresh, DbUpdateException error,
        JoinMembershipForm form, CancellationToken ct)
    {
        if (!AreaClaims.IsExclusionViolation(error)) return [];
        var code = MunicipalityCode.Parse(form.MunicipalityCode);
        return await AreaClaims.HeldElsewhereAsync(fresh.Db, fresh.AreaId, code, form.ValidFrom!.Value, null, ct) is { } winner
            ? [AreaClaims.Refusal(winner)]
            : [FieldError.Of(nameof(form.ValidFrom), "Membership.Overlaps")];
    }
}
