using System.Buffers.Binary;
using System.Text;

namespace TyollisyysAlue.TestSupport.PlanDocuments;

/// <summary>
/// A password-protected .docx as Office stores one: not a zip but an OLE compound file (MS-CFB, version 3) holding an
/// "EncryptionInfo" stream (agile encryption descriptor) and an "EncryptedPackage" stream (the encrypted zip). Written
/// here because LibreOffice 7.4 cannot encrypt from the command line; olefile reads it as a valid compound file.
/// <see cref="LegacyWord"/> is the same container with the streams of an old binary .doc.
/// </summary>
public static class EncryptedOfficeFile
{
    /// <summary>An old Word 97–2003 document's container ("WordDocument" and "1Table" streams).</summary>
    public static byte[] LegacyWord() => Create("1Table", "WordDocument");

    public static byte[] Create() => Create("EncryptionInfo", "EncryptedPackage");

    private const int Sector = 512, StreamSectors = 8;
    private const uint Free = 0xFFFFFFFF, EndOfChain = 0xFFFFFFFE, FatSector = 0xFFFFFFFD, NoStream = 0xFFFFFFFF;

    private static byte[] Create(string first, string second)
    {
        var info = Stream(Encoding.ASCII.GetBytes("\u0004\0\u0004\0\u0040\0\0\0<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\"><keyData saltSize=\"16\" blockSize=\"16\" keyBits=\"256\" " +
            "hashSize=\"64\" cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" hashAlgorithm=\"SHA512\"/></encryption>"));
        var package = Stream([.. BitConverter.GetBytes((long)4096), .. Enumerable.Range(0, 4088).Select(i => (byte)(i * 37 % 251))]);
        var file = new byte[Sector * (3 + 2 * StreamSectors)];
        Header(file.AsSpan(0, Sector));
        Fat(file.AsSpan(Sector, Sector));
        var directory = file.AsSpan(2 * Sector, Sector);
        Entry(directory[..128], "Root Entry", type: 5, left: NoStream, right: NoStream, child: 1, start: EndOfChain, size: 0);
        Entry(directory[128..256], first, type: 2, left: NoStream, right: 2, child: NoStream, start: 2, size: info.Length);
        Entry(directory[256..384], second, type: 2, left: NoStream, right: NoStream, child: NoStream, start: 2 + StreamSectors, size: package.Length);
        Entry(directory[384..512], "", type: 0, left: NoStream, right: NoStream, child: NoStream, start: 0, size: 0);
        info.CopyTo(file, 3 * Sector);
        package.CopyTo(file, (3 + StreamSectors) * Sector);
        return file;
    }

    private static byte[] Stream(byte[] content)
    {
        var stream = new byte[StreamSectors * Sector];
        content.CopyTo(stream, 0);
        return stream;
    }

    private static void Header(Span<byte> header)
    {
        ((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1);      // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1);      // the directory in sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);   // mini stream cutoff: both streams are regular
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        for (var i = 0; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + 4 * i)..], i == 0 ? 0u : Free);
    }

    /// <summary>Sector 0 the FAT, 1 the directory, then the two streams' chains of eight sectors each.</summary>
    private static void Fat(Span<byte> fat)
    {
        for (var i = 0; i < Sector / 4; i++)
        {
            uint next = i switch
            {
                0 => FatSector,
                1 => EndOfChain,
                _ when i is >= 2 and < 2 + 2 * StreamSectors => (i - 2) % StreamSectors == StreamSectors - 1 ? EndOfChain : (uint)(i + 1),
                _ => Free,
            };
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], next);
        }
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint left, uint right, uint child, uint start, long size)
    {
        var bytes = Encoding.Unicode.GetBytes(name);
        bytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length == 0 ? 0 : bytes.Length + 2));
        entry[66] = type;
        entry[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], left);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[120..], (ulong)size);
    }
}
