namespace TyollisyysAlue.E2E.Tests.OrganisationSignIn;

/// <summary>
/// The app (its own database, browser) with its organisation sign-in pointing at <see cref="TestOpenIdProvider"/>.
/// Plain-http metadata is allowed here only because the authority is loopback (the app ignores the setting otherwise).
/// </summary>
public sealed class OrganisationSignInFixture : AppFixture
{
    public TestOpenIdProvider Provider { get; } = new();

    protected override string DatabaseName => "tyollisyysalue_e2e_oidc";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Authentication:OpenIdConnect:Authority"] = Provider.Issuer.GetLeftPart(UriPartial.Authority),
        ["Authentication:OpenIdConnect:ClientId"] = TestOpenIdProvider.ClientId,
        ["Authentication:OpenIdConnect:ClientSecret"] = TestOpenIdProvider.ClientSecret,
        ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
    };

    protected override Task AppStartedAsync() => Provider.StartAsync(BaseAddress);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>The organisation sign-in tests share their app and provider, and run one at a time like the other browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class OrganisationSignInCollection : ICollectionFixture<OrganisationSignInFixture>
{
    public const string Name = "organisation sign-in";
}
