using System.Text;

namespace Ledger.Domain;

/// <summary>Maps a borrower to its partition: a stable hash of the borrower id modulo the partition count. Stable
/// across processes and versions (FNV-1a over UTF-8), unlike <see cref="string.GetHashCode()"/>.</summary>
public static class PartitionHasher
{
    public const int DefaultPartitionCount = 256;

    public static int PartitionOf(string borrowerId, int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitionCount, 1);
        Span<byte> buffer = stackalloc byte[512];
        var length = Encoding.UTF8.GetBytes(borrowerId, buffer);
        var hash = 2166136261u;
        foreach (var b in buffer[..length])
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)partitionCount);
    }
}
