using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Memberships;
using TyollisyysAlue.Application.Users;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Areas;

/// <summary>
/// The system administrator creates an employment area: the area, its responsible municipality as a member from the
/// start date, and its first administrator (an account found or created by Identity; the link is sent by the caller
/// once the area is saved). Area, membership, claim, role and audit rows are one save: all or nothing.
/// </summary>
public sealed class CreateArea(IAreaAccounts accounts) : WriteUseCase<NewAreaForm>
{
    public override WriteRight Right => WriteRight.SystemAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, NewAreaForm form, CancellationToken ct)
    {
        var db = write.Db;
        var areaId = Guid.NewGuid();
        var code = MunicipalityCode.Parse(form.ResponsibleMunicipality);
        if (await db.Areas.AnyAsync(a => a.Slug == form.Slug, ct)) return write.Refuse(nameof(form.Slug), "Areas.SlugTaken");
        if (!await db.Municipalities.AnyAsync(m => m.Code == code, ct))
            return write.Refuse(nameof(form.ResponsibleMunicipality), "Membership.UnknownMunicipality");
        // The refusal names the area that holds the municipality (issue 12.10), so the administrator knows whom to ask.
        if (await AreaClaims.HeldElsewhereAsync(db, areaId, code, form.StartDate!.Value, null, ct) is { } claim)
            return write.Refuse(nameof(form.ResponsibleMunicipality), "Areas.MunicipalityTaken", AreaClaims.Holder(claim));
        if (await accounts.FindOrCreateAsync(form.AdministratorEmail.Trim(), null, ct) is not { } administrator)
            return write.Refuse(nameof(form.AdministratorEmail), "Validation.EmailInvalid");

        var area = new EmploymentArea(areaId, form.Slug, form.NameFi.Trim(), Blank(form.NameSv), code, form.CooperationModel!.Value,
            form.StartDate.Value, form.CommitteeNameFi.Trim(), Blank(form.CommitteeNameSv));
        db.Areas.Add(area);
        write.WorkInNewArea(areaId);
        db.Memberships.Add(new Membership(Guid.NewGuid(), areaId, code, form.StartDate.Value, null, form.DecisionReference.Trim()));
        db.RoleAssignments.Add(new AreaRoleAssignment(Guid.NewGuid(), areaId, administrator, AreaRole.Administrator));
        return write.Save(area);
    }

    /// <summary>Another area took the municipality at the same moment: nothing of the new area was saved.</summary>
    protected internal override async Task<IReadOnlyList<ValidationFailure>> RefusedByDatabaseAsync(WriteContext fresh, DbUpdateException error,
        NewAreaForm form, CancellationToken ct)
    {
        if (!AreaClaims.IsExclusionViolation(error)) return [];
        var claim = await AreaClaims.HeldElsewhereAsync(fresh.Db, Guid.Empty, MunicipalityCode.Parse(form.ResponsibleMunicipality), form.StartDate!.Value, null, ct);
        return [FieldError.Of(nameof(form.ResponsibleMunicipality), "Areas.MunicipalityTaken", claim is null ? ["?", "?"] : AreaClaims.Holder(claim))];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
