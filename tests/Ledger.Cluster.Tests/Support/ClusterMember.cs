using Ledger.Client;

namespace Ledger.Cluster.Tests.Support;

/// <summary>A silo of a test cluster.</summary>
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
    /// <summary>The HTTP client of the ledger (with its retries by command id) through <paramref name="silo"/>.
    /// </summary>
    public static LedgerClient CreateClient(this IClusterMember silo, string apiKey, LedgerClientOptions? options = null) =>
        new(silo.BaseAddress, apiKey, options);
}
