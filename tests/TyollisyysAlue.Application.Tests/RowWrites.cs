using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Tests;

[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Of<TSave,TDelete> reads as the test helper it is.")]
/// <summary>A row editor's two writes (save, remove) as the page calls them, for tests that edit one kind of row.</summary>
public sealed class RowWrites<TForm>(UseCases user, WriteUseCase<TForm> save, WriteUseCase<RowRef, TForm> delete, Action<TForm, int>? setYear = null)
    where TForm : class
{
    public async Task<WriteOutcome<TForm>> SaveAsync(TForm form)
    {
        await user.ReadyAsync();
        return await save.RunAsync(form);
    }

    /// <summary>For rows of a year's plan: the form is saved as the year's.</summary>
    public Task<WriteOutcome<TForm>> SaveAsync(int year, TForm form)
    {
        (setYear ?? throw new InvalidOperationException("These rows have no year."))(form, year);
        return SaveAsync(form);
    }

    public async Task<WriteOutcome<TForm>> DeleteAsync(Guid id, uint version)
    {
        await user.ReadyAsync();
        return await delete.RunAsync(new RowRef(id, version));
    }

    public static RowWrites<TForm> Of<TSave, TDelete>(UseCases user, Action<TForm, int>? setYear = null)
        where TSave : WriteUseCase<TForm> where TDelete : WriteUseCase<RowRef, TForm> =>
        new(user, user.Get<TSave>(), user.Get<TDelete>(), setYear);
}

[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Of<TSave,TDelete> reads as the test helper it is.")]
/// <summary>A page's editor as tests drive it: its query (<see cref="Query"/>) and its row writes.</summary>
public sealed class RowEditorOf<TForm, TQuery>(RowWrites<TForm> writes, TQuery query) where TForm : class where TQuery : notnull
{
    public TQuery Query => query;
    public Task<WriteOutcome<TForm>> SaveAsync(TForm form) => writes.SaveAsync(form);
    public Task<WriteOutcome<TForm>> DeleteAsync(Guid id, uint version) => writes.DeleteAsync(id, version);

    public static RowEditorOf<TForm, TQuery> Of<TSave, TDelete>(UseCases user)
        where TSave : WriteUseCase<TForm> where TDelete : WriteUseCase<RowRef, TForm> =>
        new(RowWrites<TForm>.Of<TSave, TDelete>(user), user.Get<TQuery>());
}

/// <summary>The outcomes the tests assert on, without repeating the generic argument.</summary>
public static class Outcome
{
    public static IReadOnlyList<FluentValidation.Results.ValidationFailure> ErrorsOf<T>(WriteOutcome<T> outcome) =>
        Assert.IsType<WriteOutcome<T>.Invalid>(outcome).Errors;

    /// <summary>Refused by the write path because the user's current role does not allow it; nothing written.</summary>
    public static async Task ForbiddenAsync<T>(Task<WriteOutcome<T>> write) => Assert.IsType<WriteOutcome<T>.Forbidden>(await write);
}
