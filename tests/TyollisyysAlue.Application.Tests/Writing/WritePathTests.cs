using System.Reflection;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;

namespace TyollisyysAlue.Application.Tests.Writing;

/// <summary>
/// The write path holds by structure, in the spirit of the tenancy model test: the compiled Application and Web code
/// is scanned, so a hand-written save, or an editable entity no use case writes, fails here.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class WritePathTests(DatabaseFixture fixture)
{
    private static readonly Assembly ApplicationAssembly = typeof(DependencyInjection).Assembly;
    private static readonly Assembly WebAssembly = typeof(Web.Localization.CultureSetup).Assembly;

    /// <summary>Area-owned, versioned entities that no use case writes, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotWrittenByUseCases = new();

    [Fact]
    public void Only_the_write_pipeline_saves_in_the_application_and_the_web_code()
    {
        var pipeline = typeof(WritePipeline).FullName!;
        var saves = SaveCalls.In(ApplicationAssembly).Concat(SaveCalls.In(WebAssembly)).ToList();
        Assert.Contains(saves, s => s.StartsWith(pipeline + " ", StringComparison.Ordinal)); // the scan sees the pipeline's own save
        Assert.DoesNotContain(saves, s => !s.StartsWith(pipeline + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scan_finds_a_save_written_by_hand_in_an_async_method_a_lambda_and_a_use_case()
    {
        var found = SaveCalls.In(typeof(WritePathTests).Assembly);
        Assert.Contains(found, s => s == $"{typeof(HandWrittenSaves).FullName} (MoveNext)");
        Assert.Contains(found, s => s.StartsWith(typeof(HandWrittenSaves).FullName + " (<SaveInLambda>", StringComparison.Ordinal));
        Assert.Contains(found, s => s == $"{typeof(UseCaseSavingByHand).FullName} (MoveNext)");
    }

    [Fact]
    public void Every_write_use_case_names_a_right_and_has_a_validator_for_its_form()
    {
        var useCases = WriteRegistration.WriteUseCaseTypes(ApplicationAssembly).ToList();
        Assert.True(useCases.Count >= 55, $"only {useCases.Count} write use cases found");
        var validatorTypes = ApplicationAssembly.GetTypes()
            .SelectMany(t => t.GetInterfaces()).Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>))
            .Select(i => i.GetGenericArguments()[0]).ToHashSet();
        Assert.Empty(useCases.Where(t => !validatorTypes.Contains(WriteRegistration.FormTypeOf(t)!)).Select(t => t.Name));
    }

    [Fact]
    public async Task Every_area_owned_entity_with_a_version_is_written_by_a_use_case()
    {
        await using var db = fixture.CreateContext(null);
        var versioned = db.Model.GetEntityTypes().Where(e => TenancyModel.IsAreaOwned(e) && e.FindProperty("Version") is not null)
            .Select(e => e.ClrType).ToList();
        Assert.Contains(versioned, t => t.Name == "BudgetLineItem");
        var written = WriteRegistration.WriteUseCaseTypes(ApplicationAssembly).SelectMany(EntitiesWrittenBy).ToHashSet();
        Assert.Empty(versioned.Where(t => !written.Contains(t) && !NotWrittenByUseCases.ContainsKey(t.Name)).Select(t => t.Name));
    }

    [Fact]
    public void The_coverage_scan_sees_what_a_use_case_writes()
    {
        Assert.Contains(typeof(Domain.Memberships.Membership), EntitiesWrittenBy(typeof(global::TyollisyysAlue.Application.Memberships.EndMembership)));   // a method on the entity
        Assert.Contains(typeof(Domain.Memberships.Membership), EntitiesWrittenBy(typeof(global::TyollisyysAlue.Application.Memberships.JoinMembership)));  // new + Add
        Assert.Contains(typeof(Domain.Budgets.Budget), EntitiesWrittenBy(typeof(global::TyollisyysAlue.Application.Budgets.SaveBudgetLine)));              // new, in a helper method
        Assert.Contains(typeof(Domain.Offices.ServicePoint), EntitiesWrittenBy(typeof(global::TyollisyysAlue.Application.Offices.DeleteOffice)));          // the generic base's entity
        Assert.DoesNotContain(typeof(Domain.Budgets.BudgetLineItem), EntitiesWrittenBy(typeof(global::TyollisyysAlue.Application.CostSharing.AddRevision)));
    }

    /// <summary>Domain entities a use case creates, changes (setters, methods) or adds/removes, and its row base's entity.</summary>
    private static IEnumerable<Type> EntitiesWrittenBy(Type useCase)
    {
        for (var t = useCase.BaseType; t is not null && t != typeof(object); t = t.BaseType)
            if (t.IsGenericType) foreach (var argument in t.GetGenericArguments().Where(IsDomain)) yield return argument;
        foreach (var call in IlCalls.In(useCase))
        {
            var declaring = call.Callee.DeclaringType;
            if (declaring is null) continue;
            if (IsDomain(declaring) && (call.IsNew || !call.Callee.Name.StartsWith("get_", StringComparison.Ordinal))) yield return declaring;
            else if (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(Microsoft.EntityFrameworkCore.DbSet<>)
                     && call.Callee.Name is "Add" or "AddRange" or "Remove" or "RemoveRange")
                yield return declaring.GetGenericArguments()[0];
        }
    }

    private static bool IsDomain(Type type) => type.Namespace?.StartsWith("TyollisyysAlue.Domain", StringComparison.Ordinal) == true && type.IsClass;
}
