namespace Ledger.Silo;

/// <summary>The silo's memory budget: what its process may hold resident, enforced as a hard limit on the
/// garbage-collected heap (where a silo's memory goes: live books, in-flight commits, end-of-day batches and their
/// garbage) of the budget less <see cref="OutsideHeapMegabytes"/> for what lives outside the heap (the runtime,
/// compiled code, thread stacks, native buffers: about 150 MB measured).
/// By default the budget follows the activation ceiling, so that a silo sized by <c>--maxActivations</c> stays
/// sized: a fixed part for the host, the commit pipeline and one end of day's batches, and a part per live book
/// with room to spare (a book of one line and a few recorded commands holds about 3 KB). <c>--memoryLimitMb</c>
/// sets it outright; 0 leaves the runtime's own limit (the machine's or the container's). The limit never raises
/// one the process already has. Without it the server GC lets garbage pile up far beyond what is live: end of day
/// over a million lines with 100,000 live books took the silo from 578 MB to 1,411 MB (a heap dump with 100,000
/// live books holds 282 MB live).</summary>
internal static class MemoryBudget
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>The fixed part of the default budget.</summary>
    public const long BaseMegabytes = 512;

    /// <summary>The per-book part of the default budget.</summary>
    public const long BytesPerActivation = 6 * 1024;

    /// <summary>What the budget keeps for memory outside the heap.</summary>
    public const long OutsideHeapMegabytes = 192;

    /// <summary>The smallest budget the silo takes: what is kept outside the heap and 64 MB of heap.</summary>
    public const long MinimumMegabytes = OutsideHeapMegabytes + 64;

    /// <summary>The default budget for an activation ceiling, in MB.</summary>
    public static long DefaultMegabytes(int maxActivations) =>
        BaseMegabytes + (((long)Math.Max(0, maxActivations) * BytesPerActivation) + Megabyte - 1) / Megabyte;

    /// <summary>The heap limit a budget means, in MB.</summary>
    public static long HeapMegabytes(long budgetMegabytes) => budgetMegabytes - OutsideHeapMegabytes;

    /// <summary>Makes a budget of <paramref name="megabytes"/> (0: none) this process's heap limit, unless the
    /// process already has a lower one. Returns the heap limit in force, in bytes. Only the silo executable calls
    /// it: silos started inside a test process share that process's heap.</summary>
    public static long Apply(long megabytes)
    {
        var current = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (megabytes == 0)
        {
            return current;
        }

        var wanted = HeapMegabytes(megabytes) * Megabyte;
        if (wanted >= current)
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
                $"--memoryLimitMb {megabytes} leaves the heap less than the silo has already committed; give it more.",
                ex);
        }

        return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
    }
}
