using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Areas;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using FluentValidation;

namespace TyollisyysAlue.Application;

public static class DependencyInjection
{
    /// <summary>Queries by hand; every write use case (<see cref="WriteUseCase{TForm,TTheirs}"/>) and validator by scanning.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<AreaContext>();
        services.AddScoped<UserAreaAccess>();
        services.AddScoped<AreaOverviewQuery>();
        services.AddScoped<Feedback.FeedbackQuery>();
        services.AddScoped<Feedback.FeedbackAreaChoices>();
        services.AddScoped<CostSharing.YearSplitQuery>();
        services.AddScoped<CostSharing.SplitComparisonQuery>();
        services.AddScoped<CostSharing.SplitAcrossYearsQuery>();
        services.AddScoped<FollowUp.BudgetAgainstActualYearsQuery>();
        services.AddScoped<Budgets.BudgetLinesQuery>();
        services.AddScoped<Financing.NationalParametersQuery>();
        services.AddScoped<Financing.NetPositionQuery>();
        services.AddScoped<Financing.WhatIf.WhatIfQuery>();
        services.AddScoped<Financing.YearsAhead.YearsAheadQuery>();
        services.AddScoped<Financing.WhatIf.MembershipProposalsQuery>();
        services.AddScoped<Plans.LiveBlocks.ILiveBlockSource, Financing.NetPositionLiveBlock>();
        services.AddScoped<Plans.LiveBlocks.ILiveBlockSource, Financing.WhatIf.WhatIfLiveBlock>();
        services.AddScoped<Indicators.IndicatorStore>();
        services.AddScoped<Indicators.Import.IndicatorImports>();
        services.AddScoped<Indicators.IndicatorSeriesQuery>();
        services.AddScoped<Indicators.Import.StatFinFetch>();
        services.AddScoped<CostSharing.YearEndQuery>();
        services.AddScoped<Committees.CommitteeRoster>();
        services.AddScoped<ApiTokensQuery>();
        services.AddScoped<Auditing.AuditLogQuery>();
        services.AddScoped<Memberships.WorkforceQuery>();
        services.AddScoped<Municipalities.MunicipalityRegisterQuery>();
        services.AddScoped<ApiTokenLookup>();
        services.AddScoped<Services.ServiceCatalogue>();
        services.AddScoped<Plans.LiveBlocks.ILiveBlockSource, Services.ServicesLiveBlock>();
        services.AddScoped<Offices.OfficesQuery>();
        services.AddScoped<Offices.ProductionAreasQuery>();
        services.AddScoped<Staffing.StaffingQuery>();
        services.AddScoped<Partners.PartnersQuery>();
        services.AddScoped<Plans.LiveBlocks.ILiveBlockSource, Offices.OfficesLiveBlock>();
        services.AddScoped<Plans.LiveBlocks.ILiveBlockSource, Staffing.StaffingLiveBlock>();
        Plans.PlanServices.AddPlans(services);
        services.AddScoped<FollowUp.Ledger.LedgerImports>();
        services.AddScoped<FollowUp.FollowUpQuery>();
        services.AddScoped<FollowUp.Payments.PaymentsQuery>();
        services.AddScoped<FollowUp.Payments.Import.PaymentImports>();
        services.AddScoped<CostSharing.Cancelling.RevisionsQuery>();
        services.AddScoped<FollowUp.CommitteeDashboardQuery>();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly);
        services.AddWriteUseCases(typeof(DependencyInjection).Assembly);
        return services;
    }
}
