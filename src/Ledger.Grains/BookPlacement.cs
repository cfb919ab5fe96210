using Ledger.Domain;
using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Ledger.Grains;

/// <summary>Places a borrower grain and its line and order grains on one silo, chosen by the borrower's partition, so
/// that a line's or order's command reaches its book without a hop between silos (architecture, "Orleans mapping":
/// co-located where placement allows). Where membership changed after an activation, the two may still sit apart:
/// that costs a hop, never correctness.</summary>
[GenerateSerializer, Immutable, Alias("ledger.BookPlacement")]
public sealed class BookPlacement : PlacementStrategy;

/// <summary>Marks a grain whose key starts with its borrower id as placed with the borrower's book.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class BookPlacementAttribute() : PlacementAttribute(new BookPlacement());

/// <summary>Chooses the silo of a book: its partition (the borrower id's stable hash over the ledger's partition
/// count) over the compatible silos in address order, so every silo chooses the same one for a borrower and its
/// lines and orders, and all the books of a partition live on the silo that sweeps that partition
/// (<see cref="PartitionPlacementDirector"/>): the sweep then knows which of them are in use.</summary>
internal sealed class BookPlacementDirector(LedgerServices services) : IPlacementDirector
{
    public async Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target,
        IPlacementContext context)
    {
        var silos = PartitionPlacementDirector.Ordered(context, target);
        var key = target.GrainIdentity.Key.ToString()!;
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var borrower = slash < 0 ? key : key[..slash];
        var partition = PartitionHasher.PartitionOf(borrower, await services.PartitionCountAsync());
        return silos[partition % silos.Length];
    }
}

/// <summary>Marks a grain keyed by a partition number (a sweep's work item) as placed with that partition's books.
/// </summary>
[GenerateSerializer, Immutable, Alias("ledger.PartitionPlacement")]
public sealed class PartitionPlacement : PlacementStrategy;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class PartitionPlacementAttribute() : PlacementAttribute(new PartitionPlacement());

/// <summary>Places the grain of partition <c>p</c> (integer key) on the compatible silo at <c>p</c> modulo their
/// count, in address order: where <see cref="BookPlacementDirector"/> places the books of that partition.</summary>
internal sealed class PartitionPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target,
        IPlacementContext context)
    {
        var silos = Ordered(context, target);
        var partition = (int)target.GrainIdentity.GetIntegerKey();
        return Task.FromResult(silos[(int)((uint)partition % (uint)silos.Length)]);
    }

    internal static SiloAddress[] Ordered(IPlacementContext context, PlacementTarget target)
    {
        var silos = context.GetCompatibleSilos(target);
        if (silos.Length == 0)
        {
            throw new OrleansException($"No silo can host {target.GrainIdentity}.");
        }

        return [.. silos.OrderBy(s => s.ToParsableString(), StringComparer.Ordinal)];
    }
}
