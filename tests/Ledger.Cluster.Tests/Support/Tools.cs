using System.Diagnostics;
using System.Text;
using Ledger.Testing;

namespace Ledger.Cluster.Tests.Support;

internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>The repository's command-line tools run as an operator runs them: <c>dotnet ledger.dll ...</c> (the
/// <c>ledger</c> CLI) with the key in the child's environment only.</summary>
internal static class Tools
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    public static string CliAssemblyPath => BuildOutput.AssemblyOf("src/Ledger.Cli", "ledger");

    /// <summary><c>ledger ARGS --url URL</c>.</summary>
    public static Task<ToolRun> LedgerAsync(Uri silo, string apiKey, params string[] arguments) =>
        RunAsync(CliAssemblyPath, apiKey, [.. arguments, "--url", silo.AbsoluteUri.TrimEnd('/')]);

    /// <summary><c>ledger verify</c> must exit 0 saying the books balance.</summary>
    public static async Task AssertVerifiedAsync(Uri silo, string apiKey)
    {
        var run = await LedgerAsync(silo, apiKey, "verify");
        Assert.True(run.ExitCode == 0 && run.Stdout.Contains("books balance", StringComparison.Ordinal),
            $"ledger verify: {run}");
    }

    public static async Task<ToolRun> RunAsync(string assembly, string apiKey, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(ProcessSilo.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("LEDGER_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["LEDGER_OPERATOR_KEY"] = apiKey;
        // Spectre.Console wraps long lines at the console width; a redirected child has none, so give it one.
        start.Environment["COLUMNS"] = "400";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(assembly)} did not exit within {Deadline}: {await stderr}");
        }

        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }
}
