using System.Text.Json.Serialization;

namespace Ledger.Silo;

public sealed record PartitionMapView(int PartitionCount, IReadOnlyList<string?> Owners);

/// <summary>A silo of the cluster: its Orleans membership entry (endpoint: its Orleans address) and, while it is
/// active, its activations (grains in memory). Partitions is always 0 (silos own no partitions on Orleans).</summary>
public sealed record SiloView(string SiloId, string Endpoint, string Status, DateTimeOffset StartedAt,
    DateTimeOffset HeartbeatAt, int Partitions, int? Activations = null);

public sealed record DrainView(string SiloId, string Status);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PartitionMapView))]
[JsonSerializable(typeof(SiloView[]))]
[JsonSerializable(typeof(DrainView))]
internal sealed partial class ClusterJson : JsonSerializerContext;
