using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Infrastructure.Imports.Ledger;

/// <summary>Opens a ledger export: xlsx when the file is a zip package, CSV otherwise.</summary>
public sealed class LedgerFileReader : ILedgerFileReader
{
    public ILedgerSheet Open(IImportSource file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var stream = file.Open();
        try
        {
            Span<byte> magic = stackalloc byte[4];
            var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
            stream.Position = 0;
            if (read == 0) throw new LedgerFileException("Ledger.Empty");
            return read == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4
                ? XlsxLedgerSheet.Open(stream)
                : CsvLedgerSheet.Open(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
