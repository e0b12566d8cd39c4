using System.Text;
using Markdig.Syntax.Inlines;
using TyollisyysAlue.Infrastructure.Markup;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Model;

/// <summary>
/// Markdig's inline tree flattened to styled runs: ** and __ to bold, * and _ to italic, the other emphasis extras
/// (~~, ^, ~, ++, ==) as plain text; a link keeps its target when it is an absolute http, https or mailto address — a
/// document outside the app has no base for a relative one, so that stays text (the page keeps it as a link). The
/// exports print an image's text; the plan import (<paramref name="leftOut"/> given) reports images and raw HTML there instead.
/// </summary>
internal static class MarkdownInlines
{
    public static List<PlanRun> Runs(ContainerInline? inline, Action<Inline>? leftOut = null)
    {
        var runs = new List<PlanRun>();
        if (inline is not null) Walk(inline, new PlanRun(""), runs, leftOut);
        return Merge(runs);
    }

    private static void Walk(Inline inline, PlanRun style, List<PlanRun> runs, Action<Inline>? leftOut)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(style with { Text = literal.Content.ToString() });
                break;
            case CodeInline code:
                runs.Add(style with { Text = code.Content });
                break;
            case HtmlEntityInline entity:
                runs.Add(style with { Text = entity.Transcoded.ToString() });
                break;
            case LineBreakInline lineBreak:
                runs.Add(style with { Text = lineBreak.IsHard ? PlanRun.LineBreak : " " });
                break;
            case AutolinkInline autolink:
                runs.Add(style with { Text = autolink.Url, Link = Target(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, leftOut) });
                break;
            case LinkInline { IsImage: true } or HtmlInline when leftOut is not null:
                leftOut(inline);
                break;
            case LinkInline { IsImage: true } image:
                runs.Add(style with { Text = Plain(image) });
                break;
            case LinkInline link:
                WalkChildren(link, style with { Link = Target(link.Url, leftOut) }, runs, leftOut);
                break;
            case EmphasisInline { DelimiterChar: '*' or '_' } emphasis:
                var strong = emphasis.DelimiterCount >= 2;
                WalkChildren(emphasis, strong ? style with { Bold = true } : style with { Italic = true }, runs, leftOut);
                break;
            case ContainerInline container:
                WalkChildren(container, style, runs, leftOut);
                break;
        }
    }

    /// <summary>
    /// The link an export writes: absolute http, https or mailto only. The plan import (<paramref name="leftOut"/> given)
    /// keeps every target: its own allow-list notes what it leaves out, so the planner sees it.
    /// </summary>
    private static string? Target(string? url, Action<Inline>? leftOut) => leftOut is not null || SafeUrl.IsAbsolute(url) ? url : null;

    private static void WalkChildren(ContainerInline container, PlanRun style, List<PlanRun> runs, Action<Inline>? leftOut)
    {
        foreach (var child in container) Walk(child, style, runs, leftOut);
    }

    private static string Plain(ContainerInline container)
    {
        var runs = new List<PlanRun>();
        WalkChildren(container, new PlanRun(""), runs, null);
        return string.Concat(runs.Select(r => r.Text));
    }

    /// <summary>Neighbouring runs of the same style as one (Markdig splits text at every delimiter it tried).</summary>
    private static List<PlanRun> Merge(List<PlanRun> runs)
    {
        var merged = new List<PlanRun>();
        var text = new StringBuilder();
        PlanRun? current = null;
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (current is not null && !run.IsLineBreak && !current.IsLineBreak && run with { Text = "" } == current with { Text = "" })
            {
                text.Append(run.Text);
                continue;
            }
            if (current is not null) merged.Add(current with { Text = text.ToString() });
            current = run;
            text.Clear().Append(run.Text);
        }
        if (current is not null) merged.Add(current with { Text = text.ToString() });
        return merged;
    }
}
