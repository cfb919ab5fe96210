using System.Net;
using Ledger.Grains;
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

    public static async Task<StandaloneSilo> StartSqliteAsync(string databasePath, string clusterId)
    {
        var siloPort = FreePort.Next();
        var gatewayPort = FreePort.Next();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: clusterId, clusterId: clusterId);
            silo.Services.AddLedgerGrains(new LedgerGrainOptions("standalone-silo", PartitionCount: 16),
                _ => new SqliteLedgerStore(databasePath, TimeProvider.System));
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
