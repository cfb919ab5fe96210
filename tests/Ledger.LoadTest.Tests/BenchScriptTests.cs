using System.Diagnostics;

namespace Ledger.LoadTest.Tests;

/// <summary>The benchmark scripts of <c>load-tests/</c> (CI runs them on small inputs; these checks are cheap): each
/// parses as bash, and cluster-bench.sh and memory-bench.sh refuse a bad count before they build or start anything.
/// </summary>
public sealed class BenchScriptTests
{
    [Theory]
    [InlineData("load-tests/bench.sh")]
    [InlineData("load-tests/eod-bench.sh")]
    [InlineData("load-tests/cluster-bench.sh")]
    [InlineData("load-tests/memory-bench.sh")]
    [InlineData("load-tests/single-bench.sh")]
    [InlineData("deploy/local-cluster.sh")]
    public async Task Script_ParsesAsBash(string script)
    {
        var path = Path.Combine(RepositoryRoot(), script);
        Assert.True(File.Exists(path), $"{path} is missing");

        var (exitCode, stderr) = await BashAsync("-n", path);

        Assert.True(exitCode == 0, $"bash -n {script}: {stderr}");
    }

    [Theory]
    [InlineData("load-tests/cluster-bench.sh", "many")]
    [InlineData("load-tests/cluster-bench.sh", "0")]
    [InlineData("load-tests/cluster-bench.sh", "-5")]
    [InlineData("load-tests/cluster-bench.sh", "500")]
    [InlineData("load-tests/memory-bench.sh", "many")]
    [InlineData("load-tests/memory-bench.sh", "0")]
    [InlineData("load-tests/memory-bench.sh", "-5")]
    [InlineData("load-tests/single-bench.sh", "many")]
    [InlineData("load-tests/single-bench.sh", "0")]
    public async Task Bench_BadCount_ExitsWithUsageError(string script, string count)
    {
        var (exitCode, stderr) = await BashAsync(Path.Combine(RepositoryRoot(), script), count);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("usage: ", stderr, StringComparison.Ordinal);
    }

    /// <summary>The checkout this test assembly was built from: the nearest directory above it holding Ledger.sln.</summary>
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null;
             directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ledger.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Ledger.sln above {AppContext.BaseDirectory}.");
    }

    private static async Task<(int ExitCode, string Stderr)> BashAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(deadline.Token);
        await stdout;
        return (process.ExitCode, await stderr);
    }
}
