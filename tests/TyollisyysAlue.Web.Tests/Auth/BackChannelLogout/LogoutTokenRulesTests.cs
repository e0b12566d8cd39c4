using TyollisyysAlue.Web.Auth.BackChannelLogout;

namespace TyollisyysAlue.Web.Tests.Auth.BackChannelLogout;

/// <summary>OpenID Connect Back-Channel Logout 1.0 §2.6, rule by rule: one valid token, then each way of breaking it.</summary>
public class LogoutTokenRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private readonly TestIdentityProvider _provider = new();

    [Fact]
    public async Task A_valid_logout_token_names_the_subject_the_session_and_its_id()
    {
        var claims = TestIdentityProvider.Claims("subject-1", Now);

        var check = await CheckAsync(_provider.Token(claims));

        Assert.Null(check.Refusal);
        Assert.Equal(new LogoutToken(TestIdentityProvider.Issuer, "subject-1", "provider-session-1", (string)claims["jti"]!), check.Token);
    }

    [Theory]
    [InlineData("sub")]
    [InlineData("sid")]
    [InlineData("exp")]
    public async Task A_token_without_one_of_the_optional_claims_is_valid(string claim)
    {
        var claims = TestIdentityProvider.Claims("subject-1", Now);
        claims[claim] = null;

        Assert.NotNull((await CheckAsync(_provider.Token(claims))).Token);
    }

    public static TheoryData<string, string, object?> Broken => new()
    {
        { "wrong audience", "aud", "another-app" },
        { "wrong issuer", "iss", "https://evil.example/" },
        { "no iat", "iat", null },
        { "iat an hour ago", "iat", Now.AddHours(-1).ToUnixTimeSeconds() },
        { "iat in the future", "iat", Now.AddMinutes(10).ToUnixTimeSeconds() },
        { "iat not a number", "iat", "yesterday" },
        { "expired", "exp", Now.AddMinutes(-10).ToUnixTimeSeconds() },
        { "no events", "events", null },
        { "another event", "events", new Dictionary<string, object> { ["http://schemas.openid.net/event/other"] = new Dictionary<string, object>() } },
        { "the event not an object", "events", new Dictionary<string, object> { [LogoutTokenRules.LogoutEvent] = "yes" } },
        { "a nonce (an ID token)", "nonce", "n-0S6_WzA2Mj" },
        { "no jti", "jti", null },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task A_token_that_breaks_a_rule_is_refused(string why, string claim, object? value)
    {
        var claims = TestIdentityProvider.Claims("subject-1", Now);
        claims[claim] = value;

        var check = await CheckAsync(_provider.Token(claims));

        Assert.True(check.Token is null, why);
        Assert.NotNull(check.Refusal);
    }

    [Fact]
    public async Task A_token_with_neither_sub_nor_sid_is_refused()
    {
        var claims = TestIdentityProvider.Claims("subject-1", Now);
        claims["sub"] = null;
        claims["sid"] = null;

        Assert.Null((await CheckAsync(_provider.Token(claims))).Token);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var claims = TestIdentityProvider.Claims("subject-1", Now);

        var forged = await CheckAsync(_provider.Token(claims, forgerKeyId: TestIdentityProvider.KeyId));
        var unknownKey = await CheckAsync(_provider.Token(claims, forgerKeyId: "rotated-key"));

        Assert.Null(forged.Token);
        Assert.False(forged.SigningKeyUnknown);
        // A key id the metadata does not list: refused, and marked so that the keys are fetched again once (rotation).
        Assert.Null(unknownKey.Token);
        Assert.True(unknownKey.SigningKeyUnknown);
    }

    [Fact]
    public async Task An_unsigned_token_or_one_with_a_changed_payload_is_refused()
    {
        Assert.Null((await CheckAsync(TestIdentityProvider.Unsigned(TestIdentityProvider.Claims("subject-1", Now)))).Token);

        var signed = _provider.Token(TestIdentityProvider.Claims("subject-1", Now)).Split('.');
        var other = _provider.Token(TestIdentityProvider.Claims("admin", Now)).Split('.');
        Assert.Null((await CheckAsync(string.Join('.', signed[0], other[1], signed[2]))).Token);
        Assert.Null((await CheckAsync("not a token")).Token);
    }

    [Fact]
    public async Task A_token_signed_with_an_algorithm_the_provider_does_not_list_is_refused()
    {
        var token = _provider.Token(TestIdentityProvider.Claims("subject-1", Now));
        _provider.Configuration.IdTokenSigningAlgValuesSupported.Add("ES256");

        Assert.Null((await CheckAsync(token)).Token);
    }

    [Fact]
    public void A_token_id_is_accepted_once()
    {
        var seen = new SeenLogoutTokens();
        var token = new LogoutToken(TestIdentityProvider.Issuer, "subject-1", null, "jti-1");

        Assert.True(seen.FirstTime(token, Now));
        Assert.False(seen.FirstTime(token, Now.AddMinutes(1)));
        Assert.True(seen.FirstTime(token with { Issuer = "https://other.example/" }, Now), "ids are per issuer");
        // Long after any token with that id could pass the age check, the id is forgotten.
        Assert.True(seen.FirstTime(token, Now.AddHours(1)));
    }

    private Task<LogoutTokenCheck> CheckAsync(string token) =>
        LogoutTokenRules.CheckAsync(token, _provider.Configuration, TestIdentityProvider.ClientId, Now);
}
