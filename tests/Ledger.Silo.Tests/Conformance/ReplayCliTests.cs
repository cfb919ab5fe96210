using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Conformance;

/// <summary>The load-test tool's command line (<c>dotnet Ledger.LoadTest.dll replay STREAM --target URL</c>)
/// against a running silo, with the key in the child's environment only.</summary>
public sealed class ReplayCliTests : IDisposable
{
    private static readonly TimeSpan ProcessDeadline = TimeSpan.FromMinutes(2);

    private readonly DirectoryInfo _workDirectory = Directory.CreateTempSubdirectory("ledger-silo-cli-");

    public void Dispose() => _workDirectory.Delete(recursive: true);

    [Fact]
    public async Task ReplayCli_AgainstSilo_ExitsZeroAndWritesConformingFiles()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        var outcomes = Path.Combine(_workDirectory.FullName, "outcomes.jsonl");
        var snapshot = Path.Combine(_workDirectory.FullName, "snapshot.json");

        var run = await RunAsync(silo.ApiKey, "replay", StreamFiles.Stream("seed-jd-broiler"),
            "--target", silo.BaseAddress.AbsoluteUri.TrimEnd('/'), "--concurrency", "8",
            "--outcomes", outcomes, "--snapshot", snapshot);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.StartsWith("records=137 ", run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1],
            StringComparison.Ordinal);
        StreamFiles.AssertSameBytes("seed-jd-broiler.outcomes.jsonl", await File.ReadAllTextAsync(outcomes));
        StreamFiles.AssertSameBytes("seed-jd-broiler.snapshot.json", await File.ReadAllTextAsync(snapshot));
    }

    [Fact]
    public async Task ReplayCli_Warmup_ReportsTheFirstSecondsApartAndStillChecksEveryRecord()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        var outcomes = Path.Combine(_workDirectory.FullName, "outcomes.jsonl");
        var report = Path.Combine(_workDirectory.FullName, "report.json");

        // 137 records at 200/s take about 0.7 s: those due in the first 0.3 s are the warm-up.
        var run = await RunAsync(silo.ApiKey, "replay", StreamFiles.Stream("seed-jd-broiler"),
            "--target", silo.BaseAddress.AbsoluteUri, "--rate", "200", "--warmup", "0.3",
            "--outcomes", outcomes, "--report", report);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        StreamFiles.AssertSameBytes("seed-jd-broiler.outcomes.jsonl", await File.ReadAllTextAsync(outcomes));
        Assert.Contains("warmup_latency_ms count=", run.Stdout, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var measured = json.RootElement.GetProperty("latencyMs").GetProperty("count").GetInt64();
        var warmup = json.RootElement.GetProperty("warmupLatencyMs").GetProperty("count").GetInt64();
        Assert.Equal(0.3, json.RootElement.GetProperty("warmupSeconds").GetDouble());
        Assert.Equal(137, measured + warmup);
        Assert.InRange(warmup, 20, 110);
    }

    [Fact]
    public async Task ReplayCli_Trace_WritesEveryRecordOnceWithItsDueTimeAndLatency()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        var outcomes = Path.Combine(_workDirectory.FullName, "outcomes.jsonl");
        var report = Path.Combine(_workDirectory.FullName, "report.json");
        var trace = Path.Combine(_workDirectory.FullName, "trace.csv");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var run = await RunAsync(silo.ApiKey, "replay", StreamFiles.Stream("seed-jd-broiler"),
            "--target", silo.BaseAddress.AbsoluteUri, "--rate", "400", "--concurrency", "4",
            "--outcomes", outcomes, "--report", report, "--trace", trace);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        StreamFiles.AssertSameBytes("seed-jd-broiler.outcomes.jsonl", await File.ReadAllTextAsync(outcomes));
        var lines = await File.ReadAllLinesAsync(trace);
        Assert.Equal("line,due_ms,latency_ms,request_records", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        // Every record of the stream (none is malformed) once, each due at (n - 1) / 400 s of the paced run.
        Assert.Equal(Enumerable.Range(1, 137), rows.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).Order());
        foreach (var row in rows)
        {
            var line = long.Parse(row[0], CultureInfo.InvariantCulture);
            Assert.Equal((line - 1) * 2.5, double.Parse(row[1], CultureInfo.InvariantCulture), 0.01);
            Assert.InRange(double.Parse(row[2], CultureInfo.InvariantCulture), 0, ProcessDeadline.TotalMilliseconds);
            Assert.InRange(int.Parse(row[3], CultureInfo.InvariantCulture), 1, 64);
        }

        // The trace's latencies are the histogram's samples: the slowest row is the reported maximum (kept exactly,
        // in microseconds).
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var max = json.RootElement.GetProperty("latencyMs").GetProperty("max").GetDouble();
        Assert.Equal(max, rows.Max(r => double.Parse(r[2], CultureInfo.InvariantCulture)), 0.002);
        // The report says when the trace's clock started, so that a trace can be lined up with server logs.
        var startedAt = DateTimeOffset.Parse(json.RootElement.GetProperty("startedAt").GetString()!,
            CultureInfo.InvariantCulture);
        Assert.InRange(startedAt, before, DateTimeOffset.UtcNow);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    public async Task ReplayCli_NegativeOrNonNumericWarmup_ExitsWithUsageError(string warmup)
    {
        var run = await RunAsync("unused", "replay", StreamFiles.Stream("seed-jd-broiler"),
            "--target", "http://127.0.0.1:1", "--warmup", warmup);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--warmup", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayCli_WrongKey_ExitsNonZeroWithClearMessage()
    {
        await using var silo = await TestSilo.StartSqliteAsync();

        var run = await RunAsync(silo.ApiKey + "x", "replay", StreamFiles.Stream("seed-jd-broiler"),
            "--target", silo.BaseAddress.AbsoluteUri);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("401", run.Stderr, StringComparison.Ordinal);
    }

    private sealed record ProcessRun(int ExitCode, string Stdout, string Stderr);

    private static async Task<ProcessRun> RunAsync(string apiKey, params string[] arguments)
    {
        var start = new ProcessStartInfo(SiloProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuildOutput.AssemblyOf("load-tests/Ledger.LoadTest", "Ledger.LoadTest"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LEDGER_OPERATOR_KEY"] = apiKey;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(ProcessDeadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The replay tool did not exit within {ProcessDeadline}: {await stderr}");
        }

        return new ProcessRun(process.ExitCode, await stdout, await stderr);
    }
}
