using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Tests.Writing;

/// <summary>
/// Deliberately wrong code — saves written by hand, past the write pipeline — that the write-path scan must find
/// (<see cref="WritePathTests.The_scan_finds_a_save_written_by_hand_in_an_async_method_a_lambda_and_a_use_case"/>). Never called.
/// </summary>
internal static class HandWrittenSaves
{
    /// <summary>Awaited in an async method: the call sits in the compiler's state machine.</summary>
    public static async Task SaveInAsyncMethodAsync(IAppDbContext db) => await db.SaveChangesAsync();

    /// <summary>Inside a lambda: the call sits in a compiler-generated closure class.</summary>
    public static Func<DbContext, int> SaveInLambda() => db => db.SaveChanges();
}

/// <summary>A use case that saves by itself instead of returning write.Save(row).</summary>
internal sealed class UseCaseSavingByHand : WriteUseCase<RowRef>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected override async Task<WriteStep> StageAsync(WriteContext write, RowRef form, CancellationToken ct)
    {
        await write.Db.SaveChangesAsync(ct);
        return write.Gone();
    }
}
