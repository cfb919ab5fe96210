using Ledger.Domain;
using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Ledger.Grains;

/// <summary>Places a borrower grain and its line and order grains on one silo, chosen by the borrower id, so that a
/// line's or order's command reaches its book without a hop between silos (architecture, "Orleans mapping":
/// co-located where placement allows). Where membership changed after an activation, the two may still sit apart:
/// that costs a hop, never correctness.</summary>
[GenerateSerializer, Immutable, Alias("ledger.BookPlacement")]
public sealed class BookPlacement : PlacementStrategy;

/// <summary>Marks a grain whose key starts with its borrower id as placed with the borrower's book.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class BookPlacementAttribute() : PlacementAttribute(new BookPlacement());

/// <summary>Chooses the silo of a book: the borrower id's stable hash (the one partitions use) over the compatible
/// silos in address order, so every silo chooses the same one for a borrower and its lines and orders.</summary>
internal sealed class BookPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target,
        IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        if (silos.Length == 0)
        {
            throw new OrleansException($"No silo can host {target.GrainIdentity}.");
        }

        var ordered = silos.OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        var key = target.GrainIdentity.Key.ToString()!;
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var borrower = slash < 0 ? key : key[..slash];
        return Task.FromResult(ordered[PartitionHasher.PartitionOf(borrower, ordered.Length)]);
    }
}
