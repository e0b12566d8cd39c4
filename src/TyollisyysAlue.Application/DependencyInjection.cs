using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Areas;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using FluentValidation;

namespace TyollisyysAlue.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<AreaContext>();
        services.AddScoped<UserAreaAccess>();
        services.AddScoped<AreaOverviewQuery>();
        services.AddScoped<CostSharing.YearSplitQuery>();
        services.AddScoped<Financing.NationalParametersQuery>();
        services.AddScoped<Financing.NetPositionQuery>();
        services.AddScoped<Financing.WhatIf.WhatIfQuery>();
        services.AddScoped<Budgets.BudgetEditing>();
        services.AddScoped<CostSharing.KeyEditing>();
        services.AddScoped<Indicators.IndicatorStore>();
        services.AddScoped<Indicators.Import.IndicatorImports>();
        services.AddScoped<Indicators.IndicatorSeriesQuery>();
        services.AddScoped<Indicators.Import.StatFinFetch>();
        services.AddScoped<CostSharing.YearEndQuery>();
        services.AddScoped<CostSharing.YearEndEditing>();
        services.AddScoped<Committees.CommitteeRoster>();
        services.AddScoped<Municipalities.RegisterEditing>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<Auditing.AuditLogQuery>();
        services.AddScoped<Memberships.MembershipEditing>();
        services.AddScoped<Memberships.WorkforceQuery>();
        services.AddScoped<Municipalities.MunicipalityRegisterQuery>();
        services.AddScoped<ApiTokenLookup>();
        services.AddScoped<Users.RoleEditing>();
        services.AddScoped<Services.ServiceCatalogue>();
        services.AddScoped<Services.OfferingEditing>();
        services.AddScoped<Services.LocalServiceEditing>();
        services.AddScoped<Procurement.ProcurementEditing>();
        services.AddScoped<Plans.LiveBlocks.ILiveBlockSource, Services.ServicesLiveBlock>();
        services.AddScoped<Offices.OfficeEditing>();
        services.AddScoped<Offices.ProductionAreaEditing>();
        services.AddScoped<Offices.ProductionUnitEditing>();
        services.AddScoped<Staffing.StaffingEditing>();
        services.AddScoped<Staffing.StaffingPlanEditing>();
        services.AddScoped<Partners.PartnerEditing>();
        services.AddScoped<Plans.LiveBlocks.ILiveBlockSource, Offices.OfficesLiveBlock>();
        services.AddScoped<Plans.LiveBlocks.ILiveBlockSource, Staffing.StaffingLiveBlock>();
        Plans.PlanServices.AddPlans(services);
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly);
        services.AddWriteUseCases(typeof(DependencyInjection).Assembly);
        return services;
    }
}
