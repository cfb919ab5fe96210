using System.Globalization;
using Ledger.Client;
using Ledger.Runtime;
using Ledger.Silo;
using Ledger.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Cluster.Tests.Support;

/// <summary>A silo started in this process exactly as the executable starts (<see cref="SiloHost.Build"/>), as one
/// member of a <see cref="TestCluster"/>. It counts the command requests it receives, telling those a peer
/// forwarded (header <c>X-Ledger-Forwarded</c>) from those sent to it directly.</summary>
internal sealed class InProcessSilo : IClusterMember, IAsyncDisposable
{
    private readonly SiloHost _host;
    private long _direct;
    private long _forwarded;
    private int _disposed;

    private InProcessSilo(SiloHost host, string siloId, Uri baseAddress, string apiKey)
    {
        _host = host;
        SiloId = siloId;
        BaseAddress = baseAddress;
        Http = ClusterApi.CreateHttp(baseAddress, apiKey);
    }

    public string SiloId { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public LedgerEngine Engine => _host.App.Services.GetRequiredService<LedgerEngine>();

    /// <summary>Command requests (<c>/v1/commands</c>, <c>/v1/commands/batch</c>) sent to this silo directly.</summary>
    public long DirectCommandRequests => Interlocked.Read(ref _direct);

    /// <summary>Command requests a peer forwarded to this silo.</summary>
    public long ForwardedCommandRequests => Interlocked.Read(ref _forwarded);

    /// <summary>Cancelled once the host has stopped (after <see cref="StopAsync"/>, or by itself after a drain
    /// request).</summary>
    public CancellationToken Stopped => _host.App.Lifetime.ApplicationStopped;

    public static async Task<InProcessSilo> StartAsync(string siloId, string dataDirectory, string postgres,
        string apiKey, string[] settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            var host = SiloHost.Build(
            [
                "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
                "--data", dataDirectory,
                "--postgres", postgres,
                // The home-made cluster (leases, forwarding) these tests were written for.
                "--runtime", "engine",
                "--siloId", siloId,
                "--Logging:LogLevel:Default", "Error",
                "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Error",
                // Books the tests just used are closed by the sweep at once, not left to their next turns.
                "--sweepLiveIdleSeconds", "0",
                .. settings,
            ]);
            var silo = new InProcessSilo(host, siloId, new Uri($"http://127.0.0.1:{port}/"), apiKey);
            host.App.Use(async (http, next) =>
            {
                if (http.Request.Path.StartsWithSegments("/v1/commands", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref http.Request.Headers.ContainsKey(ClusterApi.ForwardedHeader)
                        ? ref silo._forwarded
                        : ref silo._direct);
                }

                await next(http);
            });
            try
            {
                await host.App.StartAsync();
                return silo;
            }
            catch (IOException) when (attempt < 3)
            {
                // The port was taken between the probe and the bind: try another.
                await silo.DisposeAsync();
            }
            catch
            {
                await silo.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Stops the web server only: the engine goes on renewing its leases, so the silo keeps its partitions
    /// while no peer or client can reach it (a silo cut off from the others but not from the store).</summary>
    public async Task StopListeningAsync() =>
        await _host.App.Services.GetRequiredService<IServer>().StopAsync(CancellationToken.None);

    /// <summary>Stops the silo as SIGTERM does: it hands its partitions over, marks itself stopped, exits.</summary>
    public async Task StopAsync() => await _host.App.StopAsync();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Http.Dispose();
        try
        {
            await _host.App.StopAsync();
        }
        finally
        {
            await _host.DisposeAsync();
        }
    }
}

/// <summary>
/// An in-process multi-silo cluster on one PostgreSQL database (the analogue of Orleans' <c>TestCluster</c>):
/// silos <c>silo-01</c>, <c>silo-02</c>, ... with one API key, a small partition count and a short lease, so that
/// joins, leaves and handoffs take a second or two. Silos can be added and stopped mid-test.
/// </summary>
internal sealed class TestCluster : IAsyncDisposable
{
    private readonly ClusterDirectory _directory = new();
    private readonly List<InProcessSilo> _silos = [];
    private readonly HashSet<InProcessSilo> _stopped = [];
    private readonly string[] _settings;
    private int _started;

    private TestCluster(string postgres, int partitionCount, double leaseSeconds)
    {
        ConnectionString = postgres;
        PartitionCount = partitionCount;
        _settings =
        [
            "--partitions", partitionCount.ToString(CultureInfo.InvariantCulture),
            "--leaseSeconds", leaseSeconds.ToString(CultureInfo.InvariantCulture),
        ];
    }

    public string ConnectionString { get; }

    public int PartitionCount { get; }

    public string ApiKey => _directory.ApiKey;

    /// <summary>Every silo started, stopped ones included, in id order.</summary>
    public IReadOnlyList<InProcessSilo> Silos => _silos;

    /// <summary>The silos not stopped (by the test or by a drain), in id order.</summary>
    public IReadOnlyList<InProcessSilo> Live =>
        [.. _silos.Where(s => !_stopped.Contains(s) && !s.Stopped.IsCancellationRequested)];

    /// <summary>Starts <paramref name="silos"/> silos at once on <paramref name="postgres"/> (a fresh database) and
    /// waits until the partitions are spread evenly over them.</summary>
    public static async Task<TestCluster> StartAsync(string postgres, int silos, int partitionCount = 16,
        double leaseSeconds = 2)
    {
        var cluster = new TestCluster(postgres, partitionCount, leaseSeconds);
        try
        {
            // The first silo creates the schema; the others start together once it is there.
            await cluster.AddSiloAsync(waitForSpread: false);
            await Task.WhenAll(Enumerable.Range(1, silos - 1).Select(_ => cluster.AddSiloAsync(waitForSpread: false)));
            await cluster.WaitForEvenSpreadAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more silo (the next id) and, unless told not to, waits until it has its share.</summary>
    public async Task<InProcessSilo> AddSiloAsync(bool waitForSpread = true)
    {
        string siloId;
        lock (_silos)
        {
            siloId = string.Create(CultureInfo.InvariantCulture, $"silo-{++_started:D2}");
        }

        var silo = await InProcessSilo.StartAsync(siloId, _directory.DataOf(siloId), ConnectionString, ApiKey,
            _settings);
        lock (_silos)
        {
            _silos.Add(silo);
            _silos.Sort((a, b) => string.CompareOrdinal(a.SiloId, b.SiloId));
        }

        if (waitForSpread)
        {
            await WaitForEvenSpreadAsync();
        }

        return silo;
    }

    /// <summary>Stops a silo gracefully (it drains) and, unless told not to, waits for the spread over the rest.
    /// </summary>
    public async Task StopSiloAsync(InProcessSilo silo, bool waitForSpread = true)
    {
        await silo.StopAsync();
        lock (_silos)
        {
            _stopped.Add(silo);
        }

        if (waitForSpread)
        {
            await WaitForEvenSpreadAsync();
        }
    }

    /// <summary>Waits until the partitions are spread evenly over the live silos and every live silo's map agrees;
    /// returns how long that took.</summary>
    public Task<TimeSpan> WaitForEvenSpreadAsync(TimeSpan? deadline = null) =>
        ClusterMembers.WaitForEvenSpreadAsync(Live, PartitionCount, deadline ?? TimeSpan.FromSeconds(20));

    /// <summary>A client of the cluster through <paramref name="via"/> (default: the first live silo).</summary>
    public LedgerClient CreateClient(LedgerClientOptions? options = null, InProcessSilo? via = null) =>
        (via ?? Live[0]).CreateClient(ApiKey, options);

    public async ValueTask DisposeAsync()
    {
        // All at once: a silo stopping alone would hand its partitions to the others first.
        await Task.WhenAll(_silos.Select(s => s.DisposeAsync().AsTask()));
        _directory.Dispose();
    }
}
