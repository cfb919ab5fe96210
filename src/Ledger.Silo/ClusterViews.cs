using System.Text.Json.Serialization;

namespace Ledger.Silo;

/// <summary>A silo of the cluster: its Orleans membership entry (endpoint: its Orleans address) and, while it is
/// active, its activations (grains in memory).</summary>
public sealed record SiloView(string SiloId, string Endpoint, string Status, DateTimeOffset StartedAt,
    DateTimeOffset HeartbeatAt, int? Activations = null);

public sealed record DrainView(string SiloId, string Status);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SiloView[]))]
[JsonSerializable(typeof(DrainView))]
internal sealed partial class ClusterJson : JsonSerializerContext;
