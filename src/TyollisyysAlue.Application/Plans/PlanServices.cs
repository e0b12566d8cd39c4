using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Plans.LiveBlocks;

namespace TyollisyysAlue.Application.Plans;

public static class PlanServices
{
    /// <summary>The plan's queries and the live tables the plan feature itself provides (members, cost split, budget).</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanReading>();
        services.AddScoped<SectionDrafts>();
        services.AddScoped<PlanReview>();
        services.AddScoped<PlanGoalsQuery>();
        services.AddScoped<PlanChecklistQuery>();
        services.AddScoped<MetricSeriesChoicesQuery>();
        services.AddScoped<MetricValuesQuery>();
        services.AddScoped<Export.PlanDocumentBuilder>();
        services.AddScoped<LiveBlockRenderer>();
        services.AddScoped<ILiveBlockSource, MembersLiveBlock>();
        services.AddScoped<ILiveBlockSource, CostSplitLiveBlock>();
        services.AddScoped<ILiveBlockSource, BudgetLiveBlock>();
        services.AddScoped<ILiveBlockSource, GoalMetricsLiveBlock>();
        return services;
    }
}
