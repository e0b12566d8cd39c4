using System.Data.Common;
using System.Globalization;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Memberships;

/// <summary>
/// Which other area holds a municipality on some day of a period: read from the claims every area may read
/// (docs/decisions/0006-one-area-per-municipality.md), so that a refusal can name that area.
/// </summary>
public static class AreaClaims
{
    /// <summary>PostgreSQL's exclusion_violation: the constraint refused a second area for the same day.</summary>
    public const string ExclusionViolation = "23P01";

    public static bool IsExclusionViolation(DbUpdateException error) =>
        error.InnerException is DbException { SqlState: ExclusionViolation };

    public static Task<MunicipalityAreaClaim?> HeldElsewhereAsync(IAppDbContext db, Guid areaId, MunicipalityCode code,
        DateOnly from, DateOnly? to, CancellationToken ct) =>
        db.MunicipalityAreaClaims.AsNoTracking()
            .Where(c => c.MunicipalityCode == code && c.AreaId != areaId)
            .Where(c => (to == null || c.ValidFrom <= to) && (c.ValidTo == null || from <= c.ValidTo))
            .OrderBy(c => c.ValidFrom)
            .FirstOrDefaultAsync(ct);

    /// <summary>"Held by Vaasa area from 1.1.2025": the refusal names the area in the UI language.</summary>
    public static ValidationFailure Refusal(MunicipalityAreaClaim claim) =>
        FieldError.Of(nameof(JoinMembershipForm.MunicipalityCode), "Membership.InOtherArea", Holder(claim));

    /// <summary>The arguments that name who holds the municipality: the area in the UI language and the first day.</summary>
    public static object[] Holder(MunicipalityAreaClaim claim) =>
        [claim.AreaNameIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), claim.ValidFrom.ToString("d.M.yyyy", CultureInfo.InvariantCulture)];
}
