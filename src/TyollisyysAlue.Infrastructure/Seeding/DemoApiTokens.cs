using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// One API token for the Porvoo demo area with a fixed, published secret (in the README), so the API can be tried
/// at once. Development demo data only: the same text in a real installation would be a leaked token.
/// </summary>
public static class DemoApiTokens
{
    public const string PorvooName = "Demo: taloushallinnon integraatio";
    public const string PorvooSecret = "demo-porvoo-2025-readme-token-not-a-real-secret";

    /// <summary><c>ta_AAAAoQAAAECAAAAAAAAGOA_demo-porvoo-2025-readme-token-not-a-real-secret</c> (read scope)</summary>
    public static string PorvooToken => ApiTokenSecret.Compose(DemoAreas.Porvoo, PorvooSecret);

    public const string PorvooImportName = "Demo: indikaattorien tuonti";
    public const string PorvooImportSecret = "demo-porvoo-import-readme-token-not-a-real-secret";

    /// <summary><c>ta_AAAAoQAAAECAAAAAAAAGOA_demo-porvoo-import-readme-token-not-a-real-secret</c> (import scope)</summary>
    public static string PorvooImportToken => ApiTokenSecret.Compose(DemoAreas.Porvoo, PorvooImportSecret);
}
