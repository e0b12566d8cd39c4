using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Access;

/// <summary>Administrators revoke a token of the area: from then on it authenticates nothing.</summary>
public sealed class RevokeApiToken : WriteUseCase<RowRef>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, RowRef form, CancellationToken ct)
    {
        var token = await write.Db.ApiTokens.FirstOrDefaultAsync(t => t.Id == form.Id, ct);
        if (token is null) return write.Gone();
        token.Revoke(write.Now, write.UserName);
        return write.Save(token);
    }
}
