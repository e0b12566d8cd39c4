using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Domain.Offices;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Components.Pages.Offices;

/// <summary>A production-area unit's name in the UI language: its district, else its municipality.</summary>
public static class ProductionText
{
    public static string Label(ProductionView view, ProductionAreaUnit unit) =>
        unit.District ?? view.Members.FirstOrDefault(m => m.Code == unit.MunicipalityCode)?.NameIn(CultureSetup.Language) ?? unit.MunicipalityCode.Value;
}
