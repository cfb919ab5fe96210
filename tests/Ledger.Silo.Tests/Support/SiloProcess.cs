using System.Diagnostics;
using System.Text;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Support;

/// <summary>
/// The silo executable (<c>dotnet src/Ledger.Silo/bin/CONFIGURATION/TFM/Ledger.Silo.dll</c>) as a child process,
/// so that a test can kill it outright (SIGKILL, no shutdown hooks) and start it again on the same store and data
/// directory. The child gets no <c>LEDGER_</c> variables from this process: its keys are the ones it generates into
/// the data directory (written here first for a silo on PostgreSQL), and its settings are only the arguments given
/// here.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private SiloProcess(Process process, StringBuilder output, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
        ApiKey = File.ReadAllText(Path.Combine(dataDirectory, "operator-key")).Trim();
    }

    public Uri BaseAddress { get; }

    /// <summary>The silo's operator key.</summary>
    public string ApiKey { get; }

    /// <summary>What the child printed so far (banner, warnings, errors), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Where the silo executable is built.</summary>
    public static string SiloAssemblyPath => BuildOutput.AssemblyOf("src/Ledger.Silo", "Ledger.Silo");

    /// <summary>Starts the silo on <paramref name="postgres"/> (null: embedded SQLite) with <paramref name="dataDirectory"/> and waits
    /// until <c>/health</c> answers. Throws with the child's output when it exits or does not answer in time.
    /// </summary>
    public static async Task<SiloProcess> StartAsync(string? postgres, string dataDirectory,
        params string[] extraArguments)
    {
        var silo = SiloAssemblyPath;
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            if (postgres is not null)
            {
                TestSilo.WriteKeyFiles(dataDirectory);
            }

            var (process, output) = Launch(silo, TestSilo.Arguments(port, dataDirectory, postgres, extraArguments));
            var baseAddress = new Uri($"http://127.0.0.1:{port}/");
            try
            {
                await WaitHealthyAsync(process, output, baseAddress);
                return new SiloProcess(process, output, baseAddress, dataDirectory);
            }
            catch (InvalidOperationException) when (attempt < StartAttempts && process.HasExited)
            {
                // Most likely the port was taken between the probe and the bind: try another.
                process.Dispose();
            }
            catch
            {
                KillQuietly(process);
                process.Dispose();
                throw;
            }
        }
    }

    /// <summary>SIGKILL to the silo and anything it started; returns once it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await Poll.WithinAsync(_process.WaitForExitAsync(), TimeSpan.FromSeconds(30), "The killed silo's exit");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static (Process Process, StringBuilder Output) Launch(string silo, string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(silo)!,
        };
        start.ArgumentList.Add(silo);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var inherited = start.Environment.Keys.Where(k => k.StartsWith("LEDGER_", StringComparison.Ordinal));
        foreach (var name in inherited.ToList())
        {
            start.Environment.Remove(name);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    private static async Task WaitHealthyAsync(Process process, StringBuilder output, Uri baseAddress)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Poll.UntilAsync(async () =>
        {
            if (process.HasExited)
            {
                process.WaitForExit(); // Drains the output readers.
                throw new InvalidOperationException(
                    $"The silo exited with code {process.ExitCode} before it answered /health:\n{Text(output)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health", UriKind.Relative));
                return response.IsSuccessStatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return false; // Not listening yet.
            }
        }, StartDeadline, $"the silo at {baseAddress} to answer /health", () => Text(output));
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>The dotnet host running these tests (testhost runs under it), else the one the SDK names, else
    /// <c>dotnet</c> on the PATH.</summary>
    public static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
