using Microsoft.Extensions.DependencyInjection;

namespace TyollisyysAlue.Application.Tests.Plans.Import;

/// <summary>
/// The shared <see cref="UseCases"/> (the app's Application services, rights read from the database) for one user in
/// one area, on a clock of the test's choosing.
/// </summary>
public sealed class WriteServicesForTests(DatabaseFixture fixture, Guid userId, string userName, Guid areaId, TimeProvider? clock = null)
    : IAsyncDisposable
{
    private readonly UseCases _useCases = UseCases.For(fixture, areaId, userName, userId, [],
        configure: clock is null ? null : services => services.AddSingleton(clock));

    public T Get<T>() where T : notnull => _useCases.Get<T>();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
