using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Api;

/// <summary>The <c>ledger</c> CLI as a script or a pipe meets it (<c>dotnet ledger.dll ...</c>, output redirected):
/// plain text without ANSI escapes and never wrapped, <c>--output json</c>, <c>--url</c> without a scheme, and one
/// exit code per kind of failure.</summary>
public sealed class LedgerCliTests : IClassFixture<LedgerCliTests.Silo>
{
    private static readonly string LongBorrower = "SHOP-" + new string('X', 55) + "-END";

    private readonly Silo _silo;

    public LedgerCliTests(Silo silo) => _silo = silo;

    [Fact]
    public async Task Balance_Piped_IsPlainTextWithoutAnsi_AndTheLongIdIsWholeOnOneLine()
    {
        var run = await LedgerAsync(_silo.ApiKey, "balance", LongBorrower, "--url", Url());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.Contains(run.Stdout.Split('\n'), line => line.TrimEnd('\r') == $"borrower\t{LongBorrower}");
    }

    [Fact]
    public async Task Balance_OutputJson_IsTheSilosJson()
    {
        var run = await LedgerAsync(_silo.ApiKey, "balance", LongBorrower, "--output", "json", "--url", Url());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(LongBorrower, json.RootElement.GetProperty("borrower").GetString());
    }

    [Fact]
    public async Task Url_WithoutScheme_IsTakenAsHttp()
    {
        var run = await LedgerAsync(_silo.ApiKey, "balance", LongBorrower, "--url",
            $"127.0.0.1:{_silo.Test.BaseAddress.Port}");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task EodSchedule_SetShownAndRemoved_ABadZoneOrTimeIsExit2WithTheSilosOneLine()
    {
        // A silo of its own with no business date: the schedule's ticks have nothing to close.
        await using var silo = await TestSilo.StartSqliteAsync();
        var url = silo.BaseAddress.ToString();

        var set = await LedgerAsync(silo.ApiKey, "eod", "schedule", "--at", "18:00", "--zone", "Asia/Shanghai",
            "--url", url);
        var shown = await LedgerAsync(silo.ApiKey, "eod", "--url", url);
        var badZone = await LedgerAsync(silo.ApiKey, "eod", "schedule", "--at", "18:00", "--zone", "Asia/Nowhere",
            "--url", url);
        var badTime = await LedgerAsync(silo.ApiKey, "eod", "schedule", "--at", "6pm", "--zone", "UTC", "--url", url);
        var both = await LedgerAsync(silo.ApiKey, "eod", "schedule", "--off", "--at", "18:00", "--url", url);
        var off = await LedgerAsync(silo.ApiKey, "eod", "schedule", "--off", "--url", url);
        var shownOff = await LedgerAsync(silo.ApiKey, "eod", "--url", url);

        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.Contains("daily at 18:00 Asia/Shanghai", set.Stdout, StringComparison.Ordinal);
        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Contains("business date: none set", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("daily at 18:00 Asia/Shanghai", shown.Stdout, StringComparison.Ordinal);
        foreach (var (run, said) in new[] { (badZone, "Asia/Nowhere"), (badTime, "6pm"), (both, "--off alone") })
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Single(run.Stderr.Trim().Split('\n'));
            Assert.Contains(said, run.Stderr, StringComparison.Ordinal);
        }

        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.Contains("schedule: none", shownOff.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_NamesTheKeyVariableAndTheExitCodes()
    {
        var run = await LedgerAsync((string?)null, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("LEDGER_API_KEY", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("LEDGER_OPERATOR_KEY", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorsAction_WithAClientKey_IsExit5NamingTheOperatorKey()
    {
        var run = await LedgerAsync(new Dictionary<string, string> { ["LEDGER_API_KEY"] = _silo.Test.ClientKey },
            "verify", "--url", Url());

        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Contains("LEDGER_OPERATOR_KEY", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothKeysSet_TheOperatorKeyIsSent()
    {
        var run = await LedgerAsync(new Dictionary<string, string>
        {
            ["LEDGER_API_KEY"] = _silo.Test.ClientKey,
            ["LEDGER_OPERATOR_KEY"] = _silo.ApiKey,
        }, "verify", "--url", Url());

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Theory]
    [InlineData("usage: unknown option", 2)]
    [InlineData("usage: not a url", 2)]
    [InlineData("not found", 3)]
    [InlineData("no key", 5)]
    [InlineData("wrong key", 5)]
    [InlineData("unreachable", 6)]
    public async Task Failure_IsOneLineOnStderr_WithTheExitCodeOfItsKind(string kind, int exitCode)
    {
        var run = kind switch
        {
            "usage: unknown option" => await LedgerAsync(_silo.ApiKey, "balance", "B", "--lien", "L"),
            "usage: not a url" => await LedgerAsync(_silo.ApiKey, "balance", "B", "--url", "ftp://x"),
            "not found" => await LedgerAsync(_silo.ApiKey, "balance", "NOBODY", "--url", Url()),
            "no key" => await LedgerAsync((string?)null, "balance", "B", "--url", Url()),
            "wrong key" => await LedgerAsync(_silo.ApiKey + "x", "balance", "B", "--url", Url()),
            _ => await LedgerAsync(_silo.ApiKey, "balance", "B", "--url",
                string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{FreePort.Next()}")),
        };

        Assert.True(run.ExitCode == exitCode, run.ToString());
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1 && lines[0].StartsWith("error: ", StringComparison.Ordinal), run.ToString());
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    private string Url() => _silo.Test.BaseAddress.AbsoluteUri.TrimEnd('/');

    /// <summary>One silo for the class, with a borrower whose id is longer than any terminal is wide.</summary>
    public sealed class Silo : IAsyncLifetime
    {
        internal TestSilo Test { get; private set; } = null!;

        internal string ApiKey => Test.ApiKey;

        public async Task InitializeAsync()
        {
            Test = await TestSilo.StartSqliteAsync();
            using var client = Test.CreateClient();
            await client.SubmitAsync("""{"type":"SetBusinessDate","date":"2024-03-01","id":"d0"}""");
            await client.OpenBorrowerAsync("c1", LongBorrower, limitMinor: 50_000_000);
        }

        public async Task DisposeAsync() => await Test.DisposeAsync();
    }

    internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
    }

    /// <summary><c>dotnet ledger.dll ARGS</c> with its output redirected (as in a pipe), no terminal width and
    /// the key (when given) in the child's environment only.</summary>
    private static Task<CliRun> LedgerAsync(string? apiKey, params string[] arguments) =>
        LedgerAsync(apiKey is null ? [] : new Dictionary<string, string> { ["LEDGER_OPERATOR_KEY"] = apiKey },
            arguments);

    internal static async Task<CliRun> LedgerAsync(Dictionary<string, string> keys, params string[] arguments)
    {
        var start = new ProcessStartInfo(SiloProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuildOutput.AssemblyOf("src/Ledger.Cli", "ledger"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys
            .Where(k => k.StartsWith("LEDGER_", StringComparison.Ordinal) || k == "COLUMNS").ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (variable, key) in keys)
        {
            start.Environment[variable] = key;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ledger did not exit within 2 minutes: {await stderr}");
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }
}
