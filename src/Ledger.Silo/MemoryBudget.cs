namespace Ledger.Silo;

/// <summary>The silo's memory budget: a hard limit on the garbage-collected heap, which is where a silo's memory
/// goes (live books, in-flight commits, end-of-day batches, and their garbage). By default it follows the
/// activation ceiling, so that a silo sized by <c>--maxActivations</c> stays sized: a fixed part for the host,
/// the commit pipeline and one end of day's batches, and a part per live book with room to spare (a book of one
/// line with a few recorded commands holds about 3 KB). <c>--memoryLimitMb</c> sets it outright; 0 leaves the
/// runtime's own limit (the machine's or the container's). The limit never raises one the process already has.
/// Without it the server GC lets garbage pile up far beyond what is live: end of day over a million lines with
/// 100,000 live books took the silo from 578 MB to 1,411 MB with about 300 MB live.</summary>
internal static class MemoryBudget
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>The fixed part of the default budget.</summary>
    public const long BaseMegabytes = 320;

    /// <summary>The per-book part of the default budget.</summary>
    public const long BytesPerActivation = 6 * 1024;

    /// <summary>The default budget for an activation ceiling, in MB.</summary>
    public static long DefaultMegabytes(int maxActivations) =>
        BaseMegabytes + (((long)Math.Max(0, maxActivations) * BytesPerActivation) + Megabyte - 1) / Megabyte;

    /// <summary>Sets the heap limit of this process to <paramref name="megabytes"/> (0: leaves it), unless the
    /// process already has a lower one. Returns the limit in force, in bytes. Only the silo executable calls it:
    /// silos started inside a test process share that process's heap.</summary>
    public static long Apply(long megabytes)
    {
        var current = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var wanted = megabytes * Megabyte;
        if (megabytes <= 0 || wanted >= current)
        {
            return current;
        }

        AppContext.SetData("GCHeapHardLimit", (ulong)wanted);
        try
        {
            GC.RefreshMemoryLimit();
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException(
                $"--memoryLimitMb {megabytes} is below what the silo has already committed; give it more.", ex);
        }

        return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
    }
}
