namespace TyollisyysAlue.Domain.Plans;

public enum ChecklistProblem
{
    StatutoryMissing = 1,
    StatutoryEmpty = 2,
    LiveBlockOutOfDate = 3,
    GoalWithoutMetrics = 4,
    OverdueAction = 5,
    UnresolvedComment = 6,
    /// <summary>A metric linked to an indicator series that has no value yet (issue 15.5).</summary>
    MetricWithoutValues = 7,
}

/// <summary>One thing to fix before submission; <see cref="Subject"/> names the section, goal, action or point.</summary>
public sealed record ChecklistItem(ChecklistProblem Problem, string Subject, Guid? SectionId = null);

/// <summary>
/// The completeness check of a plan version: every statutory point a–f present and written, live blocks of the
/// version's year, every goal measured (a linked metric with values), no overdue actions, no open review comments.
/// </summary>
public static class PlanChecklist
{
    public static IReadOnlyList<ChecklistItem> Evaluate(PlanVersion version, IReadOnlyCollection<PlanSection> sections,
        IReadOnlyCollection<PlanGoal> goals, IReadOnlyCollection<PlanMetric> metrics, IReadOnlyCollection<PlanAction> actions,
        int unresolvedComments, DateOnly today, IReadOnlyCollection<Guid>? metricsWithoutValues = null)
    {
        var items = new List<ChecklistItem>();
        foreach (var point in StatutorySections.All)
        {
            var section = sections.FirstOrDefault(s => s.Statutory == point);
            if (section is null) items.Add(new(ChecklistProblem.StatutoryMissing, point.Letter().ToString()));
            else if (string.IsNullOrWhiteSpace(section.Body) && LiveBlockRefs.Parse(section.LiveBlocks).Count == 0
                     && !sections.Any(s => s.ParentId == section.Id && !string.IsNullOrWhiteSpace(s.Body)))
                items.Add(new(ChecklistProblem.StatutoryEmpty, section.Heading, section.Id));
        }
        if (version.IsEditable)
        {
            foreach (var section in sections.Where(s => LiveBlockRefs.Parse(s.LiveBlocks).Any(b => LiveBlockRefs.IsOutOfDate(b, version.VersionDate))))
                items.Add(new(ChecklistProblem.LiveBlockOutOfDate, section.Heading, section.Id));
        }
        foreach (var goal in goals.Where(g => !metrics.Any(m => m.GoalId == g.Id)))
            items.Add(new(ChecklistProblem.GoalWithoutMetrics, goal.Title));
        foreach (var metric in metrics.Where(m => m.IsLinked && metricsWithoutValues?.Contains(m.Id) == true))
            items.Add(new(ChecklistProblem.MetricWithoutValues, metric.Name));
        foreach (var action in actions.Where(a => a.IsOverdue(today)))
            items.Add(new(ChecklistProblem.OverdueAction, action.Description));
        if (unresolvedComments > 0)
            items.Add(new(ChecklistProblem.UnresolvedComment, unresolvedComments.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return items;
    }
}
