using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Access;

/// <summary>A new token: <see cref="Token"/> is the only time the secret exists outside its holder.</summary>
public sealed record CreatedApiToken(Guid Id, string Name, string Token);

/// <summary>The current area's API tokens: list, create and revoke (administrators only, checked here).</summary>
public sealed class ApiTokens(IAppDbContextFactory contexts, AreaContext area, IValidator<ApiTokenForm> validator, TimeProvider clock)
{
    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        return await db.ApiTokens.AsNoTracking().OrderBy(t => t.RevokedAt != null).ThenByDescending(t => t.CreatedAt).ToListAsync(ct);
    }

    /// <summary>The token, or the form's errors. Only the token's hash is stored.</summary>
    public async Task<(CreatedApiToken? Created, IReadOnlyList<ValidationFailure> Errors)> CreateAsync(ApiTokenForm form, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return (null, result.Errors);
        var (token, hash) = ApiTokenSecret.Create(area.AreaId!.Value);
        var entity = new ApiToken(Guid.NewGuid(), area.AreaId.Value, form.Name, hash, area.UserId, area.UserName, clock.GetUtcNow(), form.Scopes);
        await using var db = await contexts.CreateAsync(ct);
        db.ApiTokens.Add(entity);
        await db.SaveChangesAsync(ct);
        return (new CreatedApiToken(entity.Id, entity.Name, token), []);
    }

    /// <summary>False when the area has no such token.</summary>
    public async Task<bool> RevokeAsync(Guid tokenId, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, ct);
        if (token is null) return false;
        token.Revoke(clock.GetUtcNow(), area.UserName);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
