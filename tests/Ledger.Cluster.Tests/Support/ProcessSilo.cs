using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ledger.Testing;
using Npgsql;

namespace Ledger.Cluster.Tests.Support;

/// <summary>
/// The silo executable (<c>dotnet src/Ledger.Silo/bin/CONFIGURATION/TFM/Ledger.Silo.dll</c>) as a child process, so
/// that a test can signal it as an operator or a crash would: SIGKILL, SIGSTOP/SIGCONT, SIGTERM. The child's
/// environment holds no <c>LEDGER_</c> variable: its keys are the files ClusterDirectory wrote into its data
/// directory.
/// </summary>
internal sealed class ProcessSilo : IClusterMember, IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private ProcessSilo(Process process, StringBuilder output, string siloId, Uri baseAddress, string apiKey)
    {
        _process = process;
        _output = output;
        SiloId = siloId;
        BaseAddress = baseAddress;
        Http = ClusterApi.CreateHttp(baseAddress, apiKey);
    }

    public string SiloId { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the child printed so far, for failure messages.</summary>
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

    public static string SiloAssemblyPath => BuildOutput.AssemblyOf("src/Ledger.Silo", "Ledger.Silo");

    /// <summary>Starts the silo as a cluster-mode Orleans silo on <paramref name="ports"/> and waits until
    /// <c>/health</c> answers (the HTTP server starts once the silo has joined the cluster); throws with the child's
    /// output when it exits first or does not answer in time.</summary>
    public static async Task<ProcessSilo> StartAsync(string siloId, string dataDirectory, string postgres,
        string apiKey, SiloPorts ports, IReadOnlyList<string> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{ports.Http}/");
        string[] arguments =
        [
            "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{ports.Http}"),
            "--data", dataDirectory,
            "--postgres", postgres,
            "--siloId", siloId,
            "--siloAddress", "127.0.0.1",
            "--siloPort", ports.Silo.ToString(CultureInfo.InvariantCulture),
            "--gatewayPort", ports.Gateway.ToString(CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning",
            // "Silo ... stopped gracefully in N ms", which the drain tests report.
            "--Logging:LogLevel:Ledger.Silo.GracefulStopLog", "Information",
            // Books the tests just used are closed by the sweep at once, not left to their next turns.
            "--sweepLiveIdleSeconds", "0",
            .. settings,
        ];
        var (process, output) = Launch(arguments);
        var silo = new ProcessSilo(process, output, siloId, baseAddress, apiKey) { Ports = ports };
        try
        {
            await silo.WaitHealthyAsync();
            return silo;
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    /// <summary>The silo's HTTP, silo-to-silo and gateway ports.</summary>
    public SiloPorts Ports { get; private init; } = null!;

    /// <summary>SIGKILL; returns once the process is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Sends a signal by name (STOP, CONT, TERM) with <c>kill</c>.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill")
        {
            ArgumentList = { "-" + signal, ProcessId.ToString(CultureInfo.InvariantCulture) },
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync();
        Assert.True(kill.ExitCode == 0, $"kill -{signal} {ProcessId} exited {kill.ExitCode}");
    }

    public async Task WaitForExitAsync(TimeSpan deadline) =>
        await Poll.WithinAsync(_process.WaitForExitAsync(), deadline, $"The exit of silo {SiloId}");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                // Also ends a stopped (SIGSTOP) process.
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private static (Process Process, StringBuilder Output) Launch(IEnumerable<string> arguments)
    {
        var silo = SiloAssemblyPath;
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

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("LEDGER_", StringComparison.Ordinal)).ToList())
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

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Poll.UntilAsync(async () =>
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(); // Drains the output readers.
                throw new InvalidOperationException(
                    $"Silo {SiloId} exited with code {_process.ExitCode} before it answered /health:\n{Output}");
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
        }, StartDeadline, $"silo {SiloId} at {BaseAddress} to answer /health", () => Output);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    /// <summary>The dotnet host running these tests, else the one the SDK names, else <c>dotnet</c> on the PATH.
    /// </summary>
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

/// <summary>A silo's three loopback ports, kept for its whole test so that a silo started again after a kill takes
/// its old address, as deploy/local-cluster.sh does.</summary>
internal sealed record SiloPorts(int Http, int Silo, int Gateway)
{
    public static SiloPorts Next()
    {
        var ports = new HashSet<int>();
        while (ports.Count < 3)
        {
            ports.Add(FreePort.Next());
        }

        var chosen = ports.ToArray();
        return new SiloPorts(chosen[0], chosen[1], chosen[2]);
    }
}

/// <summary>Child-process Orleans silos <c>silo-1</c>, <c>silo-2</c>, ... in cluster mode on one PostgreSQL database
/// (ADO.NET clustering on the ledger's database) with one key, each on loopback ports of its own, the way
/// deploy/local-cluster.sh starts them; a killed silo can be started again (same id, data directory and ports).
/// </summary>
internal sealed class ProcessCluster : IAsyncDisposable
{
    private static readonly TimeSpan JoinDeadline = TimeSpan.FromSeconds(60);

    private readonly ClusterDirectory _directory = new();
    private readonly Dictionary<string, ProcessSilo> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SiloPorts> _ports = new(StringComparer.Ordinal);
    private readonly List<ProcessSilo> _all = [];
    private readonly string[] _settings;

    private ProcessCluster(string postgres, string[] settings)
    {
        ConnectionString = postgres;
        _settings = settings;
    }

    public string ConnectionString { get; }

    public string ApiKey => _directory.ApiKey;

    /// <summary>The latest process of every silo id, in id order.</summary>
    public IReadOnlyList<ProcessSilo> Silos => [.. _current.Values.OrderBy(s => s.SiloId, StringComparer.Ordinal)];

    /// <summary>Starts the silos (the first alone, so it creates the schema and Orleans' tables; the rest together)
    /// and waits until every one is active in Orleans' membership.</summary>
    public static async Task<ProcessCluster> StartAsync(string postgres, int silos, params string[] settings)
    {
        var cluster = new ProcessCluster(postgres, settings);
        try
        {
            await cluster.StartSiloAsync("silo-1");
            await Task.WhenAll(Enumerable.Range(2, silos - 1).Select(n =>
                cluster.StartSiloAsync(string.Create(CultureInfo.InvariantCulture, $"silo-{n}"))));
            await ProcessCluster.WaitForActiveAsync(cluster.Silos);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts (or starts again) the silo with this id on its own data directory and ports.</summary>
    public async Task<ProcessSilo> StartSiloAsync(string siloId)
    {
        // Named after the silo in pg_stat_activity, so that one can see which silo's sessions hold what.
        var postgres = new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = siloId }.ConnectionString;
        SiloPorts ports;
        lock (_current)
        {
            if (!_ports.TryGetValue(siloId, out ports!))
            {
                do
                {
                    ports = SiloPorts.Next();
                }
                while (_ports.Values.Any(p => new[] { p.Http, p.Silo, p.Gateway }.Intersect(
                    [ports.Http, ports.Silo, ports.Gateway]).Any()));
                _ports[siloId] = ports;
            }
        }

        var silo = await ProcessSilo.StartAsync(siloId, _directory.DataOf(siloId), postgres, ApiKey, ports, _settings);
        lock (_current)
        {
            _current[siloId] = silo;
            _all.Add(silo);
        }

        return silo;
    }

    /// <summary>Waits until Orleans' membership, as <paramref name="live"/>[0] reports it, shows every silo of
    /// <paramref name="live"/> active and no other; returns how long that took.</summary>
    public static async Task<TimeSpan> WaitForActiveAsync(IReadOnlyList<ProcessSilo> live, TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<SiloInfo> last = [];
        var ids = live.Select(s => s.SiloId).ToHashSet(StringComparer.Ordinal);
        await Poll.UntilAsync(async () =>
        {
            // A retryable 503 (a management call still reaching for a silo just killed) is "not yet".
            if (await ClusterApi.SilosOrUnavailableAsync(live[0].Http) is not { } silos)
            {
                return false;
            }

            last = silos;
            var active = last.Where(s => s.Status == "active").Select(s => s.SiloId).ToList();
            return active.Count == ids.Count && ids.SetEquals(active);
        }, deadline ?? JoinDeadline, $"exactly {string.Join(", ", ids)} active in Orleans' membership",
            () => ClusterApi.Describe(last));
        return clock.Elapsed;
    }

    /// <summary>Everything the silos printed, for failure messages.</summary>
    public string Output => string.Join("\n", _all.Select(s => $"--- {s.SiloId} (pid {s.ProcessId}):\n{s.Output}"));

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_all.Select(s => s.DisposeAsync().AsTask()));
        _directory.Dispose();
    }
}
