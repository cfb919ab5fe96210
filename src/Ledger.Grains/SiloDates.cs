using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Ledger.Grains;

/// <summary>One per silo (key: the silo's address): how the ledger grain tells a silo that the business date moved,
/// so that its grains decide and show books on the new date at once and its sweep starts (architecture, "End of day
/// without stopping the ledger": the ledger grain tells silos when the date moves). A silo not told learns the date
/// anyway, from its next commit's refused date proof or its sweep's next look at the ledger.</summary>
[Alias("ledger.ISiloDatesGrain")]
internal interface ISiloDatesGrain : IGrainWithStringKey
{
    [Alias("Learn")]
    Task LearnAsync(DateOnly businessDate);
}

[SiloKeyPlacement]
internal sealed class SiloDatesGrain(LedgerServices services) : Grain, ISiloDatesGrain
{
    public Task LearnAsync(DateOnly businessDate)
    {
        services.Dates.Learn(businessDate);
        return Task.CompletedTask;
    }
}

/// <summary>Places a grain on the silo its key names (<see cref="SiloAddress.ToParsableString"/>).</summary>
[GenerateSerializer, Immutable, Alias("ledger.SiloKeyPlacement")]
public sealed class SiloKeyPlacement : PlacementStrategy;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class SiloKeyPlacementAttribute() : PlacementAttribute(new SiloKeyPlacement());

internal sealed class SiloKeyPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target,
        IPlacementContext context)
    {
        var key = target.GrainIdentity.Key.ToString()!;
        var silo = context.GetCompatibleSilos(target).FirstOrDefault(s => s.ToParsableString() == key);
        return silo is not null
            ? Task.FromResult(silo)
            : throw new OrleansException($"Silo {key} is not in the cluster (any more).");
    }
}

/// <summary>One per silo (key: the silo's address): an operator's drain of that silo (it stops gracefully: the web
/// host stops taking requests, Orleans moves no activation but deactivates each, the group commit commits what is
/// queued). Not on any interface front-ends reference.</summary>
[Alias("ledger.ISiloControlGrain")]
internal interface ISiloControlGrain : IGrainWithStringKey
{
    [Alias("Drain")]
    Task DrainAsync();
}

[SiloKeyPlacement]
internal sealed class SiloControlGrain(Microsoft.Extensions.Hosting.IHostApplicationLifetime lifetime)
    : Grain, ISiloControlGrain
{
    public Task DrainAsync()
    {
        // Stopping waits for this call's own turn to end, so the stop is requested, not awaited.
        lifetime.StopApplication();
        return Task.CompletedTask;
    }
}

/// <summary>Operator actions on one silo of the cluster, for the silo's operator API.</summary>
public static class SiloControl
{
    /// <summary>Asks the silo at <paramref name="silo"/> to stop gracefully.</summary>
    public static Task DrainAsync(IGrainFactory grains, SiloAddress silo)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(silo);
        return grains.GetGrain<ISiloControlGrain>(silo.ToParsableString()).DrainAsync();
    }
}
