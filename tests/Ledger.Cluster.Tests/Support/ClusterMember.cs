using System.Diagnostics;
using Ledger.Client;
using Ledger.Testing;

namespace Ledger.Cluster.Tests.Support;

/// <summary>A silo of a test cluster, in this process or a child process.</summary>
internal interface IClusterMember
{
    string SiloId { get; }

    /// <summary>The silo's base address, ending in '/'.</summary>
    Uri BaseAddress { get; }

    /// <summary>A raw HTTP client with the silo's base address and the cluster's key.</summary>
    HttpClient Http { get; }
}

internal static class ClusterMembers
{
    /// <summary>The silo's endpoint as the partition map names it (no trailing '/').</summary>
    public static string Endpoint(this IClusterMember silo) => silo.BaseAddress.AbsoluteUri.TrimEnd('/');

    /// <summary>Waits until the partitions are spread evenly over exactly <paramref name="live"/> (see
    /// <see cref="ClusterApi.IsEvenOver"/>) and every live silo's partition map names a live owner for every
    /// partition, in agreement with the others; returns how long that took.</summary>
    public static async Task<TimeSpan> WaitForEvenSpreadAsync(IReadOnlyList<IClusterMember> live, int partitionCount,
        TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<SiloInfo> last = [];
        var ids = live.Select(s => s.SiloId).ToList();
        await Poll.UntilAsync(async () =>
        {
            last = await ClusterApi.SilosAsync(live[0].Http);
            return ClusterApi.IsEvenOver(last, partitionCount, ids) && await MapsAgreeAsync(live, last);
        }, deadline, $"an even spread of {partitionCount} partitions over {string.Join(", ", ids)}",
            () => ClusterApi.Describe(last));
        return clock.Elapsed;
    }

    /// <summary>Every live silo's map names, for each partition, the same live owner, and each owner's count
    /// matches the membership view.</summary>
    private static async Task<bool> MapsAgreeAsync(IReadOnlyList<IClusterMember> live, IReadOnlyList<SiloInfo> silos)
    {
        var maps = await Task.WhenAll(live.Select(s => ClusterApi.PartitionMapAsync(s.Http)));
        var reference = maps[0];
        var endpoints = live.ToDictionary(s => s.Endpoint(), s => s.SiloId, StringComparer.Ordinal);
        if (reference.Any(o => o is null || !endpoints.ContainsKey(o))
            || maps.Any(m => !m.SequenceEqual(reference, StringComparer.Ordinal)))
        {
            return false;
        }

        return silos.Where(s => endpoints.ContainsValue(s.SiloId))
            .All(s => reference.Count(o => endpoints[o!] == s.SiloId) == s.Partitions);
    }

    public static LedgerClient CreateClient(this IClusterMember silo, string apiKey, LedgerClientOptions? options = null) =>
        new(silo.BaseAddress, apiKey, options);
}
