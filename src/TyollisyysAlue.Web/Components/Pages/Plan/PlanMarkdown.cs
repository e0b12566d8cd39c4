using Microsoft.AspNetCore.Components;
using TyollisyysAlue.Infrastructure.Markup;

namespace TyollisyysAlue.Web.Components.Pages.Plan;

/// <summary>A section's Markdown as markup for the page: the one pipeline and allow-list of <see cref="PlanHtml"/>.</summary>
public static class PlanMarkdown
{
    public static MarkupString ToHtml(string? markdown, int sectionLevel) => new(PlanHtml.Render(markdown, sectionLevel));
}
