using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Web.Tests.Writing;

/// <summary>The running app's container: every write use case resolves, connected to the pipeline, with its form's validator and a right.</summary>
[Collection(AppCollection.Name)]
public class WriteUseCaseRegistrationTests(AppFixture app)
{
    [Fact]
    public async Task Every_write_use_case_resolves_from_the_apps_container_with_a_validator_and_a_declared_right()
    {
        var useCases = WriteRegistration.WriteUseCaseTypes(typeof(DependencyInjection).Assembly).ToList();
        Assert.NotEmpty(useCases);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var problems = new List<string>();
        foreach (var type in useCases)
        {
            var useCase = scope.ServiceProvider.GetService(type);
            if (useCase is null) { problems.Add($"{type.Name}: not registered"); continue; }
            if (type.GetProperty("Pipeline", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(useCase) is null)
                problems.Add($"{type.Name}: not connected to the write pipeline");
            var right = (WriteRight)type.GetProperty(nameof(WriteUseCase<object>.Right))!.GetValue(useCase)!;
            if (!Enum.IsDefined(right)) problems.Add($"{type.Name}: right {right} is not a WriteRight");
            var form = WriteRegistration.FormTypeOf(type)!;
            if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(form)) is null) problems.Add($"{type.Name}: no validator for {form.Name}");
        }
        Assert.Empty(problems);
    }
}
