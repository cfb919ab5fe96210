using System.Globalization;
using System.Text.RegularExpressions;
using Ledger.Silo.Tests.Support;

namespace Ledger.Silo.Tests.Settings;

/// <summary>The silo executable holds its heap to its memory budget less what lives outside the heap: the budget
/// given, else the one its activation ceiling implies, or none with 0; a budget too small to leave the heap
/// 64 MB is refused at start.</summary>
public sealed partial class MemoryLimitTests : IDisposable
{
    private const long Megabyte = 1024 * 1024;
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("ledger-memory-limit-");

    [Fact]
    public async Task Executable_WithMemoryLimit_RunsWithThatHeapLimit()
    {
        await using var silo = await SiloProcess.StartAsync(null, _data.FullName, "--memoryLimitMb", "600");

        Assert.Equal((600 - MemoryBudget.OutsideHeapMegabytes) * Megabyte, await HeapLimitAsync(silo));
        Assert.Contains($"Memory budget 600 MB (--memoryLimitMb): heap limit {600 - MemoryBudget.OutsideHeapMegabytes} MB",
            silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executable_WithoutMemoryLimit_TakesTheOneItsActivationCeilingImplies()
    {
        await using var silo = await SiloProcess.StartAsync(null, _data.FullName, "--maxActivations", "20000");

        Assert.Equal(MemoryBudget.HeapMegabytes(MemoryBudget.DefaultMegabytes(20_000)) * Megabyte,
            await HeapLimitAsync(silo));
    }

    [Fact]
    public async Task Executable_WithZero_KeepsTheRuntimesOwnLimit()
    {
        await using var silo = await SiloProcess.StartAsync(null, _data.FullName, "--memoryLimitMb", "0");

        // This machine's memory (no container limit here): far above any default budget.
        Assert.True(await HeapLimitAsync(silo) > MemoryBudget.DefaultMegabytes(1_000_000) * Megabyte);
    }

    [Fact]
    public async Task Executable_WithABudgetTooSmall_RefusesToStartNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SiloProcess.StartAsync(null, _data.FullName, "--memoryLimitMb", "100"));

        Assert.Contains("--memoryLimitMb must be 0 (none) or at least", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Delete(recursive: true);

    private static async Task<long> HeapLimitAsync(SiloProcess silo)
    {
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", silo.ApiKey);
        var text = await http.GetStringAsync(new Uri("metrics", UriKind.Relative));
        var match = HeapLimitLine().Match(text);
        Assert.True(match.Success, text);
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^ledger_memory_heap_limit_bytes\{[^}]*\} (\d+)$", RegexOptions.Multiline)]
    private static partial Regex HeapLimitLine();
}
