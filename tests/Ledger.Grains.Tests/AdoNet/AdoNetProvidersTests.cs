using Ledger.Testing;
using Npgsql;
using Orleans.Runtime;

namespace Ledger.Grains.Tests.AdoNet;

/// <summary>Orleans' ADO.NET providers on the tables the ledger store's migrations create: clustering (two silos
/// and a client that meet only through the database), reminders and grain storage.</summary>
[Collection(AdoNetClusterCollection.Name)]
public sealed class AdoNetProvidersTests(AdoNetClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    /// <summary>Orleans' SiloStatus.Active as the membership table stores it.</summary>
    private const int ActiveStatus = 3;

    [Fact]
    public async Task UseAdoNetClustering_TwoSilos_BothActiveInTheMembershipTableAndGrainCallsReachBoth()
    {
        var clusterId = fixture.Cluster.Options.ClusterId;
        await Poll.UntilAsync(
            async () => await ScalarAsync<long>(
                "SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = $1 AND status = $2",
                clusterId, ActiveStatus) == 2,
            Deadline, "both silos Active in the membership table");

        var hosts = await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(2, hosts.Count);
        var silos = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => fixture.Cluster.Client.GetGrain<IClusterProbeGrain>($"probe-{i}").SiloAsync()));
        Assert.Equal(
            hosts.Keys.Select(s => s.ToString()).Order(StringComparer.Ordinal),
            silos.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddAdoNetGrainStorage_WriteState_ReadBackByTheNextActivation()
    {
        var grain = fixture.Cluster.Client.GetGrain<IStateProbeGrain>("state-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(5, await grain.AddAsync(5));
        Assert.Equal(7, await grain.AddAsync(2));
        await grain.DeactivateAsync();

        Assert.Equal((7, "2", true), await grain.ReadAsync());
        Assert.Equal(2, await ScalarAsync<int>(
            "SELECT version FROM orleansstorage WHERE grainidextensionstring = $1", grain.GetPrimaryKeyString()));
        Assert.Equal(9, await grain.AddAsync(2));
    }

    [Fact]
    public async Task UseAdoNetReminderService_RegisteredReminder_IsStoredAndFires()
    {
        var key = "reminder-" + Guid.NewGuid().ToString("N");
        var grain = fixture.Cluster.Client.GetGrain<IReminderProbeGrain>(key);

        // The reminder service of a silo that has just started may still be loading its range; it refuses
        // registrations until then.
        await Poll.UntilAsync(async () =>
        {
            try
            {
                await grain.StartAsync(TimeSpan.FromMilliseconds(200));
                return true;
            }
            catch (OrleansException)
            {
                return false;
            }
        }, Deadline, "the reminder service to take the registration");

        Assert.Equal(1L, await ScalarAsync<long>(
            "SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE '%' || $1 AND remindername = 'tick'", key));
        await Poll.UntilAsync(
            () => Task.FromResult(ReminderProbeGrain.Ticks.GetValueOrDefault(key) >= 1), Deadline,
            "the reminder's first tick");
        await grain.StopAsync();
        Assert.Equal(0L, await ScalarAsync<long>(
            "SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE '%' || $1", key));
    }

    private async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
