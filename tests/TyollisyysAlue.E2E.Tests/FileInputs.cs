namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Blazor's InputFile listens for the file only once its script has run after the first render; a file set in that
/// instant is not seen. Set it again (the same file) until the page reacts, a few times at most.
/// </summary>
internal static class FileInputs
{
    public static Task SetUntilSeenAsync(ILocator input, FilePayload file, ILocator reaction) =>
        RetryAsync(() => input.SetInputFilesAsync(file), reaction);

    /// <summary>A file on disk (a large one need not pass through the test process's memory).</summary>
    public static Task SetUntilSeenAsync(ILocator input, string path, ILocator reaction) =>
        RetryAsync(() => input.SetInputFilesAsync(path), reaction);

    private static async Task RetryAsync(Func<Task> set, ILocator reaction)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await set();
            try
            {
                await reaction.First.WaitForAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException) { }
        }
        await Expect(reaction.First).ToBeVisibleAsync();
    }
}
