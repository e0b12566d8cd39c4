using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Application.Feedback;

/// <summary>The areas a sender may say the feedback concerns (the tenants are public, global data).</summary>
public sealed class FeedbackAreaChoices(IAppDbContextFactory contexts)
{
    public sealed record Choice(Guid Id, string Name);

    /// <summary>Every area by its name in <paramref name="language"/> (fi or sv; Finnish where there is no Swedish name).</summary>
    public async Task<IReadOnlyList<Choice>> LoadAsync(string language, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var areas = await db.Areas.AsNoTracking().ToListAsync(ct);
        return areas.Select(a => new Choice(a.Id, a.NameIn(language)))
            .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false)).ToList();
    }
}
