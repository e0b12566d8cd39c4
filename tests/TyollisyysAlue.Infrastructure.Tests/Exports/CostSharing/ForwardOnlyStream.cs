namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

/// <summary>A write-only, non-seekable stream, like an HTTP response body.</summary>
internal sealed class ForwardOnlyStream : Stream
{
    private readonly MemoryStream inner = new();

    public byte[] Written => inner.ToArray();
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
}
