using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// The bench's accounts: dealt round the 45 areas, the first four of each area an administrator, a planner, a
/// committee member and a viewer, the rest mixed (viewers most); every twentieth also a viewer in the next area.
/// Sign-in names say who they are: <c>planner-001.bench-07@bench.example.fi</c>. One known password for all
/// (<see cref="Password"/>, printed by the command and in bench/README.md): they exist for load runs only.
/// </summary>
public static class NationalUsers
{
    public const string Password = "Kansallinen-Penkki-45";
    public const string Domain = "bench.example.fi";

    public sealed record BenchUser(Guid Id, string Email, string DisplayName, IReadOnlyList<(Guid Area, AreaRole Role)> Roles);

    private static readonly AreaRole[] FirstRoles = [AreaRole.Administrator, AreaRole.Planner, AreaRole.CommitteeMember, AreaRole.Viewer];
    private static readonly AreaRole[] Mix =
        [AreaRole.Viewer, AreaRole.Viewer, AreaRole.Planner, AreaRole.CommitteeMember, AreaRole.Viewer, AreaRole.Planner,
         AreaRole.CommitteeMember, AreaRole.Viewer, AreaRole.Planner, AreaRole.Administrator];

    public static string EmailOf(AreaRole role, int numberInArea, string slug) =>
        $"{RoleName(role)}-{numberInArea.ToString("000", CultureInfo.InvariantCulture)}.{slug}@{Domain}";

    public static IReadOnlyList<BenchUser> All(NationalScale scale)
    {
        var random = BenchRandom.For("users");
        var areas = NationalAreas.All;
        var users = new List<BenchUser>(scale.Users);
        for (var i = 0; i < scale.Users; i++)
        {
            var area = areas[i % areas.Count];
            var number = i / areas.Count;
            var role = number < FirstRoles.Length ? FirstRoles[number] : Mix[number % Mix.Length];
            var roles = new List<(Guid, AreaRole)> { (area.Id, role) };
            if (i % 20 == 19) roles.Add((areas[(i + 1) % areas.Count].Id, AreaRole.Viewer));
            users.Add(new BenchUser(random.NextGuid(), EmailOf(role, number, area.Slug),
                $"{RoleTitle(role)} {number.ToString("000", CultureInfo.InvariantCulture)}, {area.Slug} (synteettinen)", roles));
        }
        return users;
    }

    /// <summary>
    /// The accounts that may edit their area (administrators and planners, by their first role) as the circuit load
    /// generator's <c>--accounts</c> CSV: <c>email,password,area,year</c>, with the budget year the users work in.
    /// Editors because an active simulated user saves a budget line and types in the plan's draft.
    /// </summary>
    public static string EditorsCsv(NationalScale scale, int year)
    {
        var slugs = NationalAreas.All.ToDictionary(a => a.Id, a => a.Slug);
        var csv = new StringBuilder("email,password,area,year\n");
        foreach (var user in All(scale).Where(u => u.Roles[0].Role is AreaRole.Administrator or AreaRole.Planner))
            csv.Append(CultureInfo.InvariantCulture, $"{user.Email},{Password},{slugs[user.Roles[0].Area]},{year}\n");
        return csv.ToString();
    }

    /// <summary>
    /// The account row the app's sign-in reads (normalised e-mail and name as Identity's default normaliser makes them).
    /// The password is hashed once by Identity's own hasher and shared: each hash carries its salt, so it verifies for
    /// every account, and a thousand hashes at 100 000 iterations each would cost minutes for nothing.
    /// </summary>
    public static ApplicationUser Account(BenchUser user, string passwordHash) => new()
    {
        Id = user.Id, UserName = user.Email, NormalizedUserName = user.Email.ToUpperInvariant(), Email = user.Email,
        NormalizedEmail = user.Email.ToUpperInvariant(), EmailConfirmed = true, DisplayName = user.DisplayName, PasswordHash = passwordHash,
        SecurityStamp = user.Id.ToString("N").ToUpperInvariant(), ConcurrencyStamp = user.Id.ToString(), LockoutEnabled = true,
    };

    public static string HashPassword() => new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Password);

    private static string RoleName(AreaRole role) => role switch
    {
        AreaRole.Administrator => "admin",
        AreaRole.Planner => "planner",
        AreaRole.CommitteeMember => "committee",
        _ => "viewer",
    };

    private static string RoleTitle(AreaRole role) => role switch
    {
        AreaRole.Administrator => "Ylläpitäjä",
        AreaRole.Planner => "Suunnittelija",
        AreaRole.CommitteeMember => "Jaoston jäsen",
        _ => "Katselija",
    };
}
