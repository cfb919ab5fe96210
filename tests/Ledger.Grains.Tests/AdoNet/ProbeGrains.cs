using System.Collections.Concurrent;
using Orleans.Placement;
using Orleans.Runtime;

namespace Ledger.Grains.Tests.AdoNet;

/// <summary>Answers with the silo it runs on: shows where grain calls land.</summary>
public interface IClusterProbeGrain : IGrainWithStringKey
{
    Task<string> SiloAsync();
}

/// <summary>A counter kept in <see cref="IPersistentState{TState}"/> on the ADO.NET grain storage.</summary>
public interface IStateProbeGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int amount);

    Task<(int Count, string? ETag, bool RecordExists)> ReadAsync();

    Task DeactivateAsync();
}

/// <summary>Registers a reminder on the ADO.NET reminder service and counts its ticks.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan dueTime);

    Task StopAsync();
}

[GenerateSerializer]
public sealed class ProbeState
{
    [Id(0)]
    public int Count { get; set; }
}

/// <summary>Placed at random, so that a few dozen of them land on every silo whatever the silos' load (the default
/// placement favours the least loaded silo, which a busy test machine can make one silo for a while).</summary>
[RandomPlacement]
public sealed class ClusterProbeGrain(ILocalSiloDetails silo) : Grain, IClusterProbeGrain
{
    public Task<string> SiloAsync() => Task.FromResult(silo.SiloAddress.ToString());
}

public sealed class StateProbeGrain(
    [PersistentState("probe", AdoNetClusterFixture.StorageName)] IPersistentState<ProbeState> state)
    : Grain, IStateProbeGrain
{
    public async Task<int> AddAsync(int amount)
    {
        state.State.Count += amount;
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<(int Count, string? ETag, bool RecordExists)> ReadAsync() =>
        Task.FromResult((state.State.Count, state.Etag, state.RecordExists));

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    private const string ReminderName = "tick";

    /// <summary>Ticks received, by grain key (the silos run in the test's process).</summary>
    public static readonly ConcurrentDictionary<string, int> Ticks = new();

    public async Task StartAsync(TimeSpan dueTime) =>
        await this.RegisterOrUpdateReminder(ReminderName, dueTime, TimeSpan.FromMinutes(1));

    public async Task StopAsync()
    {
        var reminder = await this.GetReminder(ReminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Ticks.AddOrUpdate(this.GetPrimaryKeyString(), 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
