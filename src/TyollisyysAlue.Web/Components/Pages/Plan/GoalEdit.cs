using TyollisyysAlue.Application.Plans;

namespace TyollisyysAlue.Web.Components.Pages.Plan;

/// <summary>What the goal editor has open: a goal, a metric or an action (exactly one).</summary>
public sealed record GoalEdit(GoalForm? Goal, MetricForm? Metric, ActionForm? Action);
