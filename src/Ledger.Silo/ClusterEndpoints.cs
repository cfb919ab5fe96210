using System.Text.Json.Serialization;
using Ledger.Runtime;
using Ledger.Storage;
using SiloStatus = Ledger.Storage.SiloStatus;

namespace Ledger.Silo;

public sealed record PartitionMapView(int PartitionCount, IReadOnlyList<string?> Owners);

/// <summary>A silo of the cluster: on Orleans its membership entry (endpoint: its Orleans address) and, while it is
/// active, its activations (grains in memory); partitions are the home-made runtime's only.</summary>
public sealed record SiloView(string SiloId, string Endpoint, string Status, DateTimeOffset StartedAt,
    DateTimeOffset HeartbeatAt, int Partitions, int? Activations = null);

public sealed record DrainView(string SiloId, string Status);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PartitionMapView))]
[JsonSerializable(typeof(SiloView[]))]
[JsonSerializable(typeof(DrainView))]
internal sealed partial class ClusterJson : JsonSerializerContext;

/// <summary>Cluster endpoints: the partition map clients route by, the silos, drain, and the internal end-of-day
/// call between silos.</summary>
internal static class ClusterEndpoints
{
    /// <summary>The membership status, except that an active or draining silo that has not renewed its heartbeat
    /// for a whole lease is "unresponsive": it stopped without saying so (kill -9, a frozen host, a lost network).
    /// </summary>
    internal static string StatusText(SiloRecord silo, DateTimeOffset now, TimeSpan lease) =>
        silo.Status != SiloStatus.Stopped && now - silo.HeartbeatAt > lease
            ? "unresponsive"
            : silo.Status.ToString().ToLowerInvariant();

    public static void Map(WebApplication app)
    {
        app.MapGet("/v1/cluster/partitions", (LedgerEngine engine) =>
                Results.Json(new PartitionMapView(engine.PartitionCount, engine.OwnerEndpoints),
                    ClusterJson.Default.PartitionMapView))
            .WithName("PartitionMap").WithSummary("The owner (base URL) of every partition, null where none.");
        app.MapGet("/v1/cluster/silos", async (ILedgerStore store, LedgerEngine engine, CancellationToken ct) =>
            {
                var silos = await store.GetSilosAsync(ct);
                var leases = await store.GetPartitionsAsync(ct);
                var now = DateTimeOffset.UtcNow;
                var counts = leases.Where(l => l.Owner is not null && l.LeaseExpiresAt >= now)
                    .GroupBy(l => l.Owner!).ToDictionary(g => g.Key, g => g.Count());
                var view = silos.Select(s => new SiloView(s.SiloId, s.Endpoint,
                    StatusText(s, now, engine.LeaseDuration), s.StartedAt, s.HeartbeatAt,
                    counts.GetValueOrDefault(s.SiloId))).ToArray();
                return Results.Json(view, ClusterJson.Default.SiloViewArray);
            })
            .WithName("Silos").WithSummary(
                "Every silo of the membership table with its live partition count; a silo whose heartbeat is " +
                "older than a lease is shown \"unresponsive\" (killed or frozen: its partitions move to the others).")
            .RequireOperatorKey();
        app.MapPost("/v1/cluster/drain/{silo}", async (string silo, ILedgerStore store, CancellationToken ct) =>
                await store.SetSiloStatusAsync(silo, SiloStatus.Draining, ct)
                    ? Results.Json(new DrainView(silo, "draining"), ClusterJson.Default.DrainView, statusCode: 202)
                    : Results.Problem(statusCode: 404, title: "Not found", detail: $"No silo {silo}."))
            .WithName("Drain").WithSummary("Ask a silo to hand over its partitions and exit.").RequireOperatorKey();
        app.MapPost("/internal/v1/business-date-moved", async (LedgerEngine engine, CancellationToken ct) =>
            {
                await engine.BusinessDateMovedAsync(ct);
                return Results.Json(new HealthView("ok"), ApiJson.Default.HealthView);
            })
            .WithName("InternalBusinessDateMoved").ExcludeFromDescription().RequireOperatorKey();
    }
}
