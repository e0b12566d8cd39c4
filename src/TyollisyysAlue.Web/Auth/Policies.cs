using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Web.Auth;

/// <summary>Named authorization policies. Area policies read the area from the route value <see cref="AreaRouteKey"/>.</summary>
public static class Policies
{
    public const string AreaRouteKey = "AreaKey";

    public const string AreaRead = nameof(AreaRead);
    public const string AreaEdit = nameof(AreaEdit);
    public const string AreaReview = nameof(AreaReview);
    public const string AreaAdmin = nameof(AreaAdmin);
    public const string SystemAdmin = nameof(SystemAdmin);

    public const string SystemAdminClaim = "ta:sysadmin";
    public const string DisplayNameClaim = "ta:name";

    internal static readonly IReadOnlyDictionary<string, Func<IReadOnlyCollection<AreaRole>, bool>> AreaRules =
        new Dictionary<string, Func<IReadOnlyCollection<AreaRole>, bool>>
        {
            [AreaRead] = AreaPermissions.CanRead,
            [AreaEdit] = AreaPermissions.CanEditContent,
            [AreaReview] = AreaPermissions.CanReview,
            [AreaAdmin] = AreaPermissions.CanAdminister,
        };
}
