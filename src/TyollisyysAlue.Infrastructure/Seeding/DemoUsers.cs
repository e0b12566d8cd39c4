using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>Demo accounts for Development, one per role plus a user in two areas (listed in the README).</summary>
public static class DemoUsers
{
    public const string Password = "Demo-salasana-2025";

    public sealed record DemoUser(string Email, string DisplayName, bool IsSystemAdministrator, params (Guid Area, AreaRole Role)[] Roles);

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("admin.porvoo@example.fi", "Anna Ylläpitäjä", false, (DemoAreas.Porvoo, AreaRole.Administrator)),
        new("planner.porvoo@example.fi", "Pekka Suunnittelija", false, (DemoAreas.Porvoo, AreaRole.Planner)),
        new("committee.porvoo@example.fi", "Kaisa Jaostolainen", false, (DemoAreas.Porvoo, AreaRole.CommitteeMember)),
        new("viewer.porvoo@example.fi", "Ville Katselija", false, (DemoAreas.Porvoo, AreaRole.Viewer)),
        new("planner.multi@example.fi", "Maija Monialue", false,
            (DemoAreas.Kuopio, AreaRole.Planner), (DemoAreas.Pohjanmaa, AreaRole.CommitteeMember)),
        new("admin.kuopio@example.fi", "Kalle Kuopiolainen", false, (DemoAreas.Kuopio, AreaRole.Administrator)),
        new("admin.pohjanmaa@example.fi", "Sofia Österberg", false, (DemoAreas.Pohjanmaa, AreaRole.Administrator)),
        new("admin.espoo@example.fi", "Eero Esbo", false, (DemoAreas.EspooKauniainen, AreaRole.Administrator)),
        new("admin.lahti@example.fi", "Liisa Lahtinen", false, (DemoAreas.Lahti, AreaRole.Administrator)),
        new("sysadmin@example.fi", "Järjestelmän ylläpitäjä", true),
    ];
}
