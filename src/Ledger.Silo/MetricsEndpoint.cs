using OpenTelemetry.Exporter;

namespace Ledger.Silo;

/// <summary><c>GET /metrics</c>: every meter the silo reads (<see cref="SiloTelemetry"/>) in the Prometheus text
/// exposition format, written by OpenTelemetry's Prometheus exporter and collected afresh on each scrape. It wants an
/// operator key unless the silo runs with <c>metricsAnonymous=true</c> (see <c>SiloHost</c>).</summary>
internal static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void Map(WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(Path).WithName("Metrics")
            .WithSummary("This silo's metrics in the Prometheus text format.")
            .RequireOperatorKey();

    /// <summary>No cached answer: a scrape right after a command sees it counted (the exporter's default keeps an
    /// answer for 300 ms).</summary>
    internal static void Configure(PrometheusAspNetCoreOptions options) =>
        options.ScrapeResponseCacheDurationMilliseconds = 0;
}
