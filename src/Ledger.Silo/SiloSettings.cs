using System.Globalization;
using Ledger.Domain;
using Ledger.Runtime;

namespace Ledger.Silo;

/// <summary>The silo's settings, from the command line (<c>--postgres</c>, <c>--data</c>, ...),
/// <c>appsettings.json</c> or environment variables prefixed <c>LEDGER_</c> (<c>LEDGER_POSTGRES</c>, ...).</summary>
internal sealed class SiloSettings
{
    /// <summary>Npgsql connection string; when empty the silo runs embedded on SQLite under <see cref="Data"/>.</summary>
    public string? Postgres { get; init; }

    public required string Data { get; init; }

    public string? SiloId { get; init; }

    /// <summary>Which runtime hosts the grains: <see cref="SiloRuntime.Orleans"/> (the default), or the home-made
    /// <see cref="SiloRuntime.Engine"/> (partitions, leases, peer forwarding), kept for the home-made multi-silo
    /// cluster until Orleans' own clustering replaces it.</summary>
    public SiloRuntime Runtime { get; init; } = SiloRuntime.Orleans;

    /// <summary>The Orleans silo-to-silo port (Orleans' default 11111).</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>The Orleans gateway port, where Orleans clients connect (Orleans' default 30000).</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>The address a cluster-mode silo advertises to the others (<c>--siloAddress</c>); by default the
    /// host's first IPv4 address, as Orleans chooses it.</summary>
    public System.Net.IPAddress? SiloAddress { get; init; }

    /// <summary>This silo's own base address, as other silos and clients reach it.</summary>
    public string? Endpoint { get; init; }

    public int Partitions { get; init; } = PartitionHasher.DefaultPartitionCount;

    public int MaxActivations { get; init; } = 100_000;

    public double IdleTimeoutSeconds { get; init; } = 600;

    public double LeaseSeconds { get; init; } = 5;

    public double CommitDelayMs { get; init; }

    /// <summary>Group commits in flight at once (<see cref="RuntimeOptions.CommitLanes"/>).</summary>
    public int CommitLanes { get; init; } = new RuntimeOptions().CommitLanes;

    /// <summary>Books one sweep transaction closes at most (<see cref="RuntimeOptions.SweepBooksPerCommit"/>).</summary>
    public int SweepBooksPerCommit { get; init; } = new RuntimeOptions().SweepBooksPerCommit;

    /// <summary>Sweep workers (<see cref="RuntimeOptions.SweepWorkers"/>).</summary>
    public int SweepWorkers { get; init; } = new RuntimeOptions().SweepWorkers;

    /// <summary>Whether this silo sweeps (<c>--sweep false</c> leaves books to close on their own turns; tests).
    /// </summary>
    public bool Sweep { get; init; } = true;

    /// <summary>Seconds a live book must have been idle before the sweep closes it through its mailbox
    /// (<see cref="RuntimeOptions.SweepLiveIdle"/>); a book in use closes on its own next turn.</summary>
    public double SweepLiveIdleSeconds { get; init; } = new RuntimeOptions().SweepLiveIdle.TotalSeconds;

    /// <summary>The silo's memory budget in MB (<see cref="MemoryBudget"/>): by default it follows
    /// <see cref="MaxActivations"/>; 0 means none (the runtime's own heap limit).</summary>
    public long MemoryLimitMb { get; init; } = MemoryBudget.DefaultMegabytes(100_000);

    public long MaxBodyBytes { get; init; } = 64 * 1024;

    public long MaxBatchBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Whether <c>GET /metrics</c> answers without the API key (for scrapers that cannot send one). Off
    /// by default: the figures are aggregate, but they show the bank's business volume.</summary>
    public bool MetricsAnonymous { get; init; }

    public static SiloSettings From(IConfiguration configuration)
    {
        var data = configuration["data"];
        var maxActivations = Int(configuration, "maxActivations", 100_000);
        return new SiloSettings
        {
            Postgres = configuration["postgres"],
            Data = Path.GetFullPath(string.IsNullOrWhiteSpace(data) ? "data" : data),
            SiloId = configuration["siloId"],
            Runtime = RuntimeFrom(configuration["runtime"]),
            SiloPort = Port(configuration, "siloPort", 11111),
            GatewayPort = Port(configuration, "gatewayPort", 30000),
            SiloAddress = configuration["siloAddress"] is { Length: > 0 } address
                ? System.Net.IPAddress.TryParse(address, out var ip)
                    ? ip
                    : throw new SiloSettingsException($"--siloAddress must be an IP address, not '{address}'.")
                : null,
            Endpoint = configuration["endpoint"],
            Partitions = Int(configuration, "partitions", PartitionHasher.DefaultPartitionCount),
            MaxActivations = maxActivations,
            MemoryLimitMb = Budget(configuration, "memoryLimitMb", MemoryBudget.DefaultMegabytes(maxActivations)),
            IdleTimeoutSeconds = Number(configuration, "idleTimeoutSeconds", 600),
            LeaseSeconds = Number(configuration, "leaseSeconds", 5),
            CommitDelayMs = Number(configuration, "commitDelayMs", 0),
            CommitLanes = Positive(configuration, "commitLanes", new RuntimeOptions().CommitLanes),
            SweepBooksPerCommit = Positive(configuration, "sweepBooksPerCommit", new RuntimeOptions().SweepBooksPerCommit),
            SweepWorkers = Positive(configuration, "sweepWorkers", new RuntimeOptions().SweepWorkers),
            Sweep = configuration["sweep"] is not { Length: > 0 } || Flag(configuration, "sweep"),
            SweepLiveIdleSeconds = NotNegative(configuration, "sweepLiveIdleSeconds",
                new RuntimeOptions().SweepLiveIdle.TotalSeconds),
            MetricsAnonymous = Flag(configuration, "metricsAnonymous"),
        };
    }

    /// <summary>This silo's address for peers and clients: <c>--endpoint</c>, else the first of <c>--urls</c>
    /// (with a wildcard host replaced by 127.0.0.1), else Kestrel's default.</summary>
    public static string EndpointFrom(IConfiguration configuration, SiloSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.Endpoint))
        {
            return settings.Endpoint.TrimEnd('/');
        }

        var first = (configuration["urls"] ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        return first.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .TrimEnd('/');
    }

    public RuntimeOptions ToRuntimeOptions(string siloId, string endpoint) => new()
    {
        SiloId = siloId,
        Endpoint = endpoint,
        PartitionCount = Partitions,
        MaxActivations = MaxActivations,
        IdleTimeout = TimeSpan.FromSeconds(IdleTimeoutSeconds),
        LeaseDuration = TimeSpan.FromSeconds(LeaseSeconds),
        UpkeepPeriod = TimeSpan.FromSeconds(Math.Clamp(LeaseSeconds / 5, 0.2, 1)),
        MaxCommitDelay = TimeSpan.FromMilliseconds(CommitDelayMs),
        CommitLanes = CommitLanes,
        SweepBooksPerCommit = SweepBooksPerCommit,
        SweepWorkers = SweepWorkers,
        SweepEnabled = Sweep,
        SweepLiveIdle = TimeSpan.FromSeconds(SweepLiveIdleSeconds),
    };

    private static SiloRuntime RuntimeFrom(string? runtime) => runtime?.Trim().ToLowerInvariant() switch
    {
        null or "" or "orleans" => SiloRuntime.Orleans,
        "engine" => SiloRuntime.Engine,
        _ => throw new SiloSettingsException($"--runtime must be orleans or engine, not '{runtime}'."),
    };

    private static int Port(IConfiguration configuration, string key, int fallback)
    {
        var value = Int(configuration, key, fallback);
        return value is > 0 and <= 65535
            ? value
            : throw new SiloSettingsException($"--{key} must be a TCP port (1 to 65535), not {value}.");
    }

    private static int Int(IConfiguration configuration, string key, int fallback) =>
        configuration[key] is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new SiloSettingsException($"--{key} must be a whole number, not '{text}'.")
            : fallback;

    private static int Positive(IConfiguration configuration, string key, int fallback)
    {
        var value = Int(configuration, key, fallback);
        return value > 0
            ? value
            : throw new SiloSettingsException($"--{key} must be a positive whole number, not {value}.");
    }

    private static long Budget(IConfiguration configuration, string key, long fallback)
    {
        var value = configuration[key] is not { Length: > 0 } text ? fallback
            : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : throw new SiloSettingsException($"--{key} must be a whole number of MB, not '{text}'.");
        return value == 0 || value >= MemoryBudget.MinimumMegabytes
            ? value
            : throw new SiloSettingsException(
                $"--{key} must be 0 (none) or at least {MemoryBudget.MinimumMegabytes} MB " +
                $"({MemoryBudget.OutsideHeapMegabytes} MB outside the heap and 64 MB of heap).");
    }

    private static bool Flag(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } text
        && (bool.TryParse(text, out var value)
            ? value
            : throw new SiloSettingsException($"--{key} must be true or false, not '{text}'."));

    private static double NotNegative(IConfiguration configuration, string key, double fallback)
    {
        var value = Number(configuration, key, fallback);
        return value >= 0
            ? value
            : throw new SiloSettingsException($"--{key} must be zero or more, not {value}.");
    }

    private static double Number(IConfiguration configuration, string key, double fallback) =>
        configuration[key] is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value)
                ? value
                : throw new SiloSettingsException($"--{key} must be a number, not '{text}'.")
            : fallback;
}

/// <summary>The grain runtime a silo runs on.</summary>
internal enum SiloRuntime
{
    /// <summary>Microsoft Orleans: grains, the silo-wide group commit, book-version proofs (issue 17).</summary>
    Orleans = 1,

    /// <summary>The home-made runtime (partition leases, activation directory, peer forwarding), kept while the
    /// cluster tests still run on it.</summary>
    Engine = 2,
}
