using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Access;

/// <summary>Administrators create an API token for the area; the secret is issued once (<see cref="ApiTokenForm.IssuedToken"/>).</summary>
public sealed class CreateApiToken : WriteUseCase<ApiTokenForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override Task<WriteStep> StageAsync(WriteContext write, ApiTokenForm form, CancellationToken ct)
    {
        var (token, hash) = ApiTokenSecret.Create(write.AreaId);
        var entity = new ApiToken(Guid.NewGuid(), write.AreaId, form.Name, hash, write.UserId, write.UserName, write.Now, form.Scopes);
        write.Db.ApiTokens.Add(entity);
        form.IssuedToken = token;
        return Task.FromResult(write.Save(entity));
    }
}
