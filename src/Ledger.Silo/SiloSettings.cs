using System.Globalization;
using Ledger.Domain;
using Ledger.Grains;

namespace Ledger.Silo;

/// <summary>The silo's settings, from the command line (<c>--postgres</c>, <c>--data</c>, ...),
/// <c>appsettings.json</c> or environment variables prefixed <c>LEDGER_</c> (<c>LEDGER_POSTGRES</c>, ...).</summary>
internal sealed class SiloSettings
{
    /// <summary>Npgsql connection string; when empty the silo runs embedded on SQLite under <see cref="Data"/>.</summary>
    public string? Postgres { get; init; }

    public required string Data { get; init; }

    public string? SiloId { get; init; }

    /// <summary>The Orleans silo-to-silo port (Orleans' default 11111).</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>The Orleans gateway port, where Orleans clients connect (Orleans' default 30000).</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>The address a cluster-mode silo advertises to the others (<c>--siloAddress</c>); by default the
    /// host's first IPv4 address, as Orleans chooses it.</summary>
    public System.Net.IPAddress? SiloAddress { get; init; }

    public int Partitions { get; init; } = PartitionHasher.DefaultPartitionCount;

    /// <summary>How many live books the silo is sized for: it sets the default memory budget
    /// (<see cref="MemoryBudget.DefaultMegabytes"/>), under which Orleans sheds the least recently used activations.
    /// </summary>
    public int MaxActivations { get; init; } = DefaultMaxActivations;

    /// <summary>The grains' collection age: an idle book leaves memory after this long.</summary>
    public double IdleTimeoutSeconds { get; init; } = 600;

    /// <summary>How long a group commit waits for more turns before it writes (<see cref="LedgerGrainOptions"/>).
    /// </summary>
    public double CommitDelayMs { get; init; }

    /// <summary>Group commits in flight at once.</summary>
    public int CommitLanes { get; init; } = DefaultCommitLanes;

    /// <summary>Books one sweep transaction closes at most.</summary>
    public int SweepBooksPerCommit { get; init; } = DefaultSweepBooksPerCommit;

    /// <summary>Partitions the sweep works on at once.</summary>
    public int SweepWorkers { get; init; } = DefaultSweepWorkers;

    /// <summary>Partitions the sweep works on at once while the silo serves commands
    /// (<see cref="BookSweepOptions.BusyWorkers"/>).</summary>
    public int SweepBusyWorkers { get; init; } = 1;

    /// <summary>Whether this silo sweeps (<c>--sweep false</c> leaves books to close on their own turns; tests).
    /// </summary>
    public bool Sweep { get; init; } = true;

    /// <summary>Seconds a live book must have been idle before the sweep closes it from its rows
    /// (<see cref="BookSweepOptions.LiveIdle"/>); a book in use closes on its own next command.</summary>
    public double SweepLiveIdleSeconds { get; init; } = DefaultSweepLiveIdleSeconds;

    /// <summary>The silo's memory budget in MB (<see cref="MemoryBudget"/>): by default it follows
    /// <see cref="MaxActivations"/>; 0 means none (the runtime's own heap limit).</summary>
    public long MemoryLimitMb { get; init; } = MemoryBudget.DefaultMegabytes(DefaultMaxActivations);

    public long MaxBodyBytes { get; init; } = 64 * 1024;

    public long MaxBatchBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Whether <c>GET /metrics</c> answers without the API key (for scrapers that cannot send one). Off
    /// by default: the figures are aggregate, but they show the bank's business volume.</summary>
    public bool MetricsAnonymous { get; init; }

    private const int DefaultMaxActivations = 100_000;
    private const int DefaultCommitLanes = 2;
    private const int DefaultSweepBooksPerCommit = 500;
    private const double DefaultSweepLiveIdleSeconds = 30;

    /// <summary>Two per core: while one worker waits for the store, another computes.</summary>
    private static readonly int DefaultSweepWorkers = 2 * Environment.ProcessorCount;

    /// <summary>Whether the silo serves Orleans' dashboard at <c>/dashboard</c> (behind the key; <c>--dashboard
    /// on|off</c>, on by default). Off saves its cost on every grain call (a call filter that profiles them).</summary>
    public bool Dashboard { get; init; } = true;

    /// <summary>Mutual TLS on the Orleans ports (<c>--tlsCertificate</c> and <c>--tlsClientCa</c>, read at start);
    /// none by default.</summary>
    public OrleansTls? Tls { get; init; }

    public static SiloSettings From(IConfiguration configuration)
    {
        var data = configuration["data"];
        var maxActivations = Int(configuration, "maxActivations", DefaultMaxActivations);
        return new SiloSettings
        {
            Postgres = configuration["postgres"],
            Data = Path.GetFullPath(string.IsNullOrWhiteSpace(data) ? "data" : data),
            SiloId = configuration["siloId"],
            SiloPort = Port(configuration, "siloPort", 11111),
            GatewayPort = Port(configuration, "gatewayPort", 30000),
            SiloAddress = configuration["siloAddress"] is { Length: > 0 } address
                ? System.Net.IPAddress.TryParse(address, out var ip)
                    ? ip
                    : throw new SiloSettingsException($"--siloAddress must be an IP address, not '{address}'.")
                : null,
            Partitions = Int(configuration, "partitions", PartitionHasher.DefaultPartitionCount),
            MaxActivations = maxActivations,
            MemoryLimitMb = Budget(configuration, "memoryLimitMb", MemoryBudget.DefaultMegabytes(maxActivations)),
            IdleTimeoutSeconds = Number(configuration, "idleTimeoutSeconds", 600),
            CommitDelayMs = NotNegative(configuration, "commitDelayMs", 0),
            CommitLanes = Positive(configuration, "commitLanes", DefaultCommitLanes),
            SweepBooksPerCommit = Positive(configuration, "sweepBooksPerCommit", DefaultSweepBooksPerCommit),
            SweepWorkers = Positive(configuration, "sweepWorkers", DefaultSweepWorkers),
            SweepBusyWorkers = Positive(configuration, "sweepBusyWorkers", 1),
            Sweep = configuration["sweep"] is not { Length: > 0 } || Flag(configuration, "sweep"),
            SweepLiveIdleSeconds = NotNegative(configuration, "sweepLiveIdleSeconds", DefaultSweepLiveIdleSeconds),
            MetricsAnonymous = Flag(configuration, "metricsAnonymous"),
            Dashboard = OnOff(configuration, "dashboard", fallback: true),
            Tls = OrleansTls.Load(configuration["tlsCertificate"], configuration["tlsClientCa"]),
        };
    }

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

    private static bool OnOff(IConfiguration configuration, string key, bool fallback) =>
        configuration[key]?.Trim().ToLowerInvariant() switch
        {
            null or "" => fallback,
            "on" or "true" => true,
            "off" or "false" => false,
            var other => throw new SiloSettingsException($"--{key} must be on or off, not '{other}'."),
        };

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
