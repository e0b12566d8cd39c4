using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace TyollisyysAlue.Application.Common.Writing;

public static class WriteRegistration
{
    /// <summary>Every concrete write use case in the assembly, scoped, connected to the scope's pipeline.</summary>
    public static IServiceCollection AddWriteUseCases(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<WritePipeline>();
        foreach (var type in WriteUseCaseTypes(assembly))
        {
            services.AddScoped(type, sp =>
            {
                var useCase = ActivatorUtilities.CreateInstance(sp, type);
                type.GetProperty(nameof(WriteUseCase<object>.Pipeline), BindingFlags.Instance | BindingFlags.NonPublic)!
                    .SetValue(useCase, sp.GetRequiredService<WritePipeline>());
                return useCase;
            });
        }
        return services;
    }

    /// <summary>The concrete classes deriving from <see cref="WriteUseCase{TForm,TTheirs}"/> (also what the write-path test enumerates).</summary>
    public static IEnumerable<Type> WriteUseCaseTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && FormTypeOf(t) is not null);

    /// <summary>The form type of a write use case, or null for any other type.</summary>
    public static Type? FormTypeOf(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(WriteUseCase<,>)) return t.GetGenericArguments()[0];
        return null;
    }
}
