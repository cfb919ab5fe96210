using System.Globalization;
using System.Text.RegularExpressions;
using Ledger.Silo.Tests.Support;

namespace Ledger.Silo.Tests.Settings;

/// <summary>The silo executable makes its memory budget its heap limit: the one given, else the one its activation
/// ceiling implies; a limit below what the silo already uses is refused at start.</summary>
public sealed partial class MemoryLimitTests : IDisposable
{
    private const long Megabyte = 1024 * 1024;
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("ledger-memory-limit-");

    [Fact]
    public async Task Executable_WithMemoryLimit_RunsWithThatHeapLimit()
    {
        await using var silo = await SiloProcess.StartAsync(null, _data.FullName, "--memoryLimitMb", "400");

        Assert.Equal(400 * Megabyte, await HeapLimitAsync(silo));
        Assert.Contains("Heap limit 400 MB", silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executable_WithoutMemoryLimit_TakesTheOneItsActivationCeilingImplies()
    {
        await using var silo = await SiloProcess.StartAsync(null, _data.FullName, "--maxActivations", "20000");

        Assert.Equal(MemoryBudget.DefaultMegabytes(20_000) * Megabyte, await HeapLimitAsync(silo));
    }

    [Fact]
    public async Task Executable_WithZero_KeepsTheRuntimesOwnLimit()
    {
        await using var silo = await SiloProcess.StartAsync(null, _data.FullName, "--memoryLimitMb", "0");

        // This machine's memory (no container limit here): far above any default budget.
        Assert.True(await HeapLimitAsync(silo) > MemoryBudget.DefaultMegabytes(1_000_000) * Megabyte);
    }

    [Fact]
    public async Task Executable_WithALimitBelowWhatItUses_RefusesToStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SiloProcess.StartAsync(null, _data.FullName, "--memoryLimitMb", "1"));

        Assert.Contains("--memoryLimitMb 1", error.Message, StringComparison.Ordinal);
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
