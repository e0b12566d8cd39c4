namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// Reads an uploaded plan document (.docx, .odt, Markdown, plain text) into the import's one model. The format is
/// told by the content (a .docx renamed .odt still reads); a file that cannot be read is refused with a code.
/// </summary>
public interface IPlanFileReader
{
    PlanFileRead Read(string fileName, byte[] content);
}

/// <summary>The document, or why it was refused: a resource key ("PlanImport.Error.*") and its arguments.</summary>
public abstract record PlanFileRead
{
    public sealed record Read(ImportedDocument Document) : PlanFileRead;

    public sealed record Refused(string Code, params object[] Args) : PlanFileRead;
}

/// <summary>The refusal codes (strings "PlanImport.Error.*").</summary>
public static class PlanImportErrors
{
    /// <summary>Larger than <see cref="PlanImportLimits.MaxBytes"/>: {0} the file's size, {1} the limit (both in MB).</summary>
    public const string TooLarge = "PlanImport.Error.TooLarge";
    public const string Empty = "PlanImport.Error.Empty";
    /// <summary>Not a format the import reads: {0} the file's extension.</summary>
    public const string Unsupported = "PlanImport.Error.Unsupported";
    /// <summary>An old binary Word document (.doc): to be saved as .docx first.</summary>
    public const string LegacyWord = "PlanImport.Error.LegacyWord";
    public const string PasswordProtected = "PlanImport.Error.PasswordProtected";
    /// <summary>A damaged file (broken zip, unreadable XML).</summary>
    public const string Corrupt = "PlanImport.Error.Corrupt";
    /// <summary>The parts unpack to more than <see cref="PlanImportLimits.MaxUnpackedBytes"/>.</summary>
    public const string TooLargeUnpacked = "PlanImport.Error.TooLargeUnpacked";

    /// <summary>The refusal of a file above the limit, with its size and the limit in megabytes (one decimal).</summary>
    public static PlanFileRead.Refused TooLargeFile(long size) => new(TooLarge, Megabytes(size), Megabytes(PlanImportLimits.MaxBytes));

    public static decimal Megabytes(long bytes) => Domain.Common.Rounding.Round(bytes / 1024m / 1024m, 1);
}
