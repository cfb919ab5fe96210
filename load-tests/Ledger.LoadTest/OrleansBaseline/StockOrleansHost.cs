using System.Net;
using System.Net.Sockets;
using Ledger.Domain;
using Ledger.LoadTest.Baseline;
using Ledger.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Ledger.LoadTest.OrleansBaseline;

/// <summary>The stock-Orleans baseline as a <see cref="IBaselineTarget"/>: one silo and one client in this process,
/// talking over loopback TCP (localhost clustering on free ports), the grains' state on
/// <c>Microsoft.Orleans.Persistence.AdoNet</c> in the PostgreSQL database, whose Orleans tables come from the
/// ledger store's migrations (<see cref="OrleansSchema"/>). Each run uses a service id of its own, so it starts
/// from empty state, and removes its rows when disposed.</summary>
internal sealed class StockOrleansHost : IBaselineTarget, IAsyncDisposable
{
    public const string StorageName = "stock";

    public const string CalendarKey = "ledger";

    private readonly string _connectionString;
    private readonly string _serviceId = "stock-" + Guid.NewGuid().ToString("N");
    private IHost? _silo;
    private IHost? _client;

    /// <param name="connectionString">The database; its pool is widened to <paramref name="callers"/> connections
    /// so that every caller's write can be in flight at once.</param>
    public StockOrleansHost(string connectionString, int callers)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        settings.MaxPoolSize = Math.Max(settings.MaxPoolSize, callers + 4);
        _connectionString = settings.ConnectionString;
    }

    public string Name => "orleans_adonet";

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (_silo is not null)
        {
            throw new InvalidOperationException("A stock Orleans host runs one stream.");
        }

        await OrleansSchema.EnsureAsync(_connectionString, cancellationToken);
        var siloPort = FreePort();
        var gatewayPort = FreePort();
        var silo = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        silo.UseOrleans(builder => builder
            .UseLocalhostClustering(siloPort, gatewayPort, serviceId: _serviceId, clusterId: _serviceId)
            .AddAdoNetGrainStorage(StorageName, o =>
            {
                o.Invariant = OrleansSchema.Invariant;
                o.ConnectionString = _connectionString;
            }));
        _silo = silo.Build();
        await _silo.StartAsync(cancellationToken);

        var client = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        client.UseOrleansClient(builder => builder.UseLocalhostClustering(
            gatewayPort, serviceId: _serviceId, clusterId: _serviceId));
        _client = client.Build();
        await _client.StartAsync(cancellationToken);
    }

    public Task<IBaselineSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IBaselineSession>(new Session(
            (_client ?? throw new InvalidOperationException("The host is not started."))
            .Services.GetRequiredService<IClusterClient>()));

    public async ValueTask DisposeAsync()
    {
        foreach (var host in new[] { _client, _silo })
        {
            if (host is not null)
            {
                await host.StopAsync();
                host.Dispose();
            }
        }

        if (_silo is not null)
        {
            await using var dataSource = NpgsqlDataSource.Create(_connectionString);
            await using var delete = dataSource.CreateCommand("DELETE FROM orleansstorage WHERE serviceid = $1");
            delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
            await delete.ExecuteNonQueryAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A caller: a borrower's record goes to its borrower grain, a ledger command to the calendar grain.
    /// </summary>
    private sealed class Session(IClusterClient client) : IBaselineSession
    {
        public async Task<CommandOutcome> ExecuteAsync(string record, LedgerCommand command,
            CancellationToken cancellationToken)
        {
            var code = command switch
            {
                BorrowerCommand addressed =>
                    await client.GetGrain<IStockBorrowerGrain>(addressed.Borrower).HandleAsync(record),
                LedgerScopeCommand => await client.GetGrain<IStockCalendarGrain>(CalendarKey).HandleAsync(record),
                _ => throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command)),
            };
            return CommandOutcomeCodes.Parse(code);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
