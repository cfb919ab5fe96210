using System.Net;
using Ledger.Grains;
using Ledger.Storage;
using Ledger.Storage.Postgres;
using Ledger.Storage.Sqlite;
using Ledger.Testing;
using Microsoft.Extensions.Hosting;

namespace Ledger.Grains.Tests.Support;

/// <summary>One silo as an embedded ledger runs it: a generic host with <c>UseOrleans</c>, localhost clustering on
/// free loopback ports, the ledger's grains on the SQLite store; clients outside the test process reach its gateway
/// over TCP with the ledger's cluster id.</summary>
internal sealed class StandaloneSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private StandaloneSilo(IHost host, IPEndPoint gateway)
    {
        _host = host;
        Gateway = gateway;
    }

    public IPEndPoint Gateway { get; }

    public static Task<StandaloneSilo> StartSqliteAsync(string databasePath, string clusterId) =>
        StartAsync(clusterId, (silo, siloPort, gatewayPort) =>
                silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: clusterId, clusterId: clusterId),
            () => new SqliteLedgerStore(databasePath, TimeProvider.System));

    /// <summary>A cluster-mode silo: membership in the ledger's PostgreSQL database (Orleans' ADO.NET clustering
    /// on the tables the store's migrations create), the PostgreSQL store.</summary>
    public static async Task<StandaloneSilo> StartPostgresAsync(string connectionString, string clusterId)
    {
        await OrleansSchema.EnsureAsync(connectionString);
        return await StartAsync(clusterId, (silo, siloPort, gatewayPort) => silo
                .Configure<Orleans.Configuration.ClusterOptions>(o =>
                {
                    o.ClusterId = clusterId;
                    o.ServiceId = clusterId;
                })
                .ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort)
                .UseAdoNetClustering(o =>
                {
                    o.Invariant = OrleansSchema.Invariant;
                    o.ConnectionString = connectionString;
                }),
            () => new PostgresLedgerStore(connectionString, TimeProvider.System));
    }

    private static async Task<StandaloneSilo> StartAsync(string clusterId, Action<ISiloBuilder, int, int> clustering,
        Func<ILedgerStore> openStore)
    {
        var siloPort = FreePort.Next();
        var gatewayPort = FreePort.Next();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            clustering(silo, siloPort, gatewayPort);
            silo.Services.AddLedgerGrains(new LedgerGrainOptions($"{clusterId}-silo", PartitionCount: 16),
                _ => openStore());
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new StandaloneSilo(host, new IPEndPoint(IPAddress.Loopback, gatewayPort));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
