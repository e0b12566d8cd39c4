using System.Text;

namespace TyollisyysAlue.Infrastructure.Imports.Plans;

/// <summary>UTF-8 (with or without a byte order mark), else Latin-1 as older Finnish text and CSV files are written.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] content)
    {
        try
        {
            return StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }
}
