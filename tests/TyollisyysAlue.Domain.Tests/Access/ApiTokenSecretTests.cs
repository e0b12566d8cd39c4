using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Domain.Tests.Access;

public class ApiTokenSecretTests
{
    private static readonly Guid Area = new("a1000000-0000-4000-8000-000000000638");

    [Fact]
    public void A_new_token_names_its_area_and_its_hash_is_sha256_of_the_whole_token()
    {
        var (token, hash) = ApiTokenSecret.Create(Area);
        Assert.StartsWith("ta_", token, StringComparison.Ordinal);
        Assert.Equal(3 + 22 + 1 + 43, token.Length);
        Assert.True(ApiTokenSecret.TryReadArea(token, out var area));
        Assert.Equal(Area, area);
        Assert.Equal(ApiTokenSecret.Hash(token), hash);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.NotEqual(token, ApiTokenSecret.Create(Area).Token);
    }

    [Fact]
    public void The_demo_token_of_the_readme_is_stable()
    {
        var token = ApiTokenSecret.Compose(Area, "demo-porvoo-2025-readme-token-not-a-real-secret");
        Assert.Equal("ta_AAAAoQAAAECAAAAAAAAGOA_demo-porvoo-2025-readme-token-not-a-real-secret", token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ta_garbage")]
    [InlineData("xx_AAAAoQAAAECAAAAAAAAGOA_demo-porvoo-2025-readme-token-not-a-real-secret")]
    [InlineData("ta_AAAAoQAAAECAAAAAAAAGOA-demo-porvoo-2025-readme-token-not-a-real-secret")]
    [InlineData("ta_AAAAoQAAAECAAAAAAAA!OA_demo-porvoo-2025-readme-token-not-a-real-secret")]
    [InlineData("ta_AAAAoQAAAECAAAAAAAAGOA_short")]
    [InlineData("ta_AAAAoQAAAECAAAAAAAAGOA_demo-porvoo-2025-readme-token not a secret")]
    public void Anything_else_names_no_area(string? token) => Assert.False(ApiTokenSecret.TryReadArea(token, out _));

    [Fact]
    public void A_short_demo_secret_is_refused() =>
        Assert.Throws<ArgumentException>(() => ApiTokenSecret.Compose(Area, "too-short"));

    [Fact]
    public void Revoking_keeps_the_first_time()
    {
        var token = new ApiToken(Guid.NewGuid(), Area, " Talous ", new string('a', 64), null, null, DateTimeOffset.UnixEpoch);
        Assert.Equal("Talous", token.Name);
        token.Revoke(DateTimeOffset.UnixEpoch.AddDays(1), "a");
        token.Revoke(DateTimeOffset.UnixEpoch.AddDays(2), "b");
        Assert.True(token.IsRevoked);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddDays(1), token.RevokedAt);
        Assert.Equal("a", token.RevokedByName);
    }
}
