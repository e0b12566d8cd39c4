using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Application.Offices;

/// <summary>The production areas of the current area for the page (see <see cref="ProductionAreaQuery"/>).</summary>
public sealed class ProductionAreasQuery(IAppDbContextFactory contexts)
{
    public async Task<ProductionView> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await ProductionAreaQuery.LoadAsync(db, ct);
    }
}
