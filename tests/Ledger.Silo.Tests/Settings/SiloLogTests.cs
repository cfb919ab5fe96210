using Microsoft.Extensions.DependencyInjection;
using Ledger.Client;
using Ledger.Silo.Tests.Support;

namespace Ledger.Silo.Tests.Settings;

/// <summary>What the silo executable writes to its log while it serves: lines an operator reads, not one per grain
/// activation (at a million borrowers those would be millions of lines).</summary>
public sealed class SiloLogTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("ledger-silo-log-");

    public void Dispose() => TestSilo.TryDeleteDirectory(_data.FullName);

    [Fact]
    public async Task Executable_ActivatingManyBorrowerGrains_LogsNoLinePerActivation()
    {
        const int borrowers = 50;
        await using var silo = await SiloProcess.StartAsync(null, _data.FullName);
        using var client = new LedgerClient(silo.BaseAddress, silo.ApiKey);
        var records = Enumerable.Range(1, borrowers).Select(i =>
            $$"""{"type":"OpenBorrower","id":"ob-{{i}}","borrower":"B{{i:D4}}","limit":100000}""")
            .Prepend("""{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""").ToList();

        var results = await client.SubmitBatchAsync(records);

        Assert.All(results, r => Assert.Equal("ACCEPTED", r.Outcome));
        var lines = silo.Output.Split('\n');
        // Orleans' placement pipeline (Polly) logs two Information lines per activation unless filtered.
        Assert.DoesNotContain(lines, l => l.Contains("Polly", StringComparison.Ordinal));
        Assert.True(lines.Length < borrowers, $"The silo wrote {lines.Length} lines for {borrowers} activations:\n{silo.Output}");
    }

    [Fact]
    public async Task Host_RequestDiagnosticsLog_IsOffSoRequestsStartNoActivityOrScope()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        var loggers = silo.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();

        // ASP.NET Core starts an Activity and a logging scope per request while this category is enabled at any
        // level; the silo turns it off.
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics")
            .IsEnabled(Microsoft.Extensions.Logging.LogLevel.Critical));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Routing")
            .IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning));
    }
}
