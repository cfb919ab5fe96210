using System.Net;
using System.Net.Sockets;

namespace Ledger.Silo;

/// <summary>The silo's command line before any of it is used: <c>--help</c>, and every option checked against the
/// ones the silo reads, so that a misspelt one (<c>--partitons 16</c>) stops the start instead of being ignored
/// (the partition count, for one, is fixed for ever when the ledger is created).</summary>
internal static class SiloCommandLine
{
    /// <summary>The silo's own settings (<see cref="SiloSettings.From"/>, <see cref="OrleansSilo"/>), as the
    /// command line spells them; matched without regard to case, as configuration keys are.</summary>
    private static readonly string[] SiloKeys =
    [
        "postgres", "data", "siloId", "siloPort", "gatewayPort", "siloAddress", "partitions", "maxActivations",
        "memoryLimitMb", "idleTimeoutSeconds", "commitDelayMs", "commitLanes", "sweepBooksPerCommit", "sweepWorkers",
        "sweepBusyWorkers", "sweep", "sweepLiveIdleSeconds", "metricsAnonymous",
        "dashboard", "tlsCertificate", "tlsClientCa",
    ];

    /// <summary>The web host's own keys (ASP.NET Core and the generic host read them from the command line too).
    /// A key with a colon (<c>--Logging:LogLevel:Default</c>, <c>--Kestrel:...</c>) is a configuration section and
    /// always passes, as does an OpenTelemetry variable (<c>--OTEL_EXPORTER_OTLP_ENDPOINT</c>).</summary>
    private static readonly string[] HostKeys =
    [
        "urls", "http_ports", "https_ports", "environment", "contentRoot", "applicationName", "webroot",
        "detailedErrors", "shutdownTimeoutSeconds", "hostingStartupAssemblies", "hostingStartupExcludeAssemblies",
        "preventHostingStartup", "suppressStatusMessages", "captureStartupErrors", "startupAssembly",
        "AllowedHosts",
    ];

    public const string Usage = """
        Usage: Ledger.Silo [--OPTION VALUE]...   (or LEDGER_OPTION=VALUE, or appsettings.json)

          --data DIR                  data directory: SQLite file, key files, silo id, lock (default ./data)
          --postgres CONN             Npgsql connection string of the cluster store (default: embedded SQLite)
          --urls URL[;URL]            where the HTTP API listens (default http://localhost:5000)
          --siloPort P                Orleans silo-to-silo port (default 11111)
          --gatewayPort P             Orleans gateway port (default 30000)
          --siloAddress IP            address a cluster-mode silo advertises (default: the host's first IPv4)
          --siloId ID                 this silo's id (default: kept in DIR/silo-id)
          --partitions N              partitions, fixed when the ledger is created (default 256)
          --maxActivations N          live books the memory budget and directory cache are sized for (default 100000)
          --memoryLimitMb MB          memory budget, 0 for none (default 512 + 6 KB per --maxActivations)
          --idleTimeoutSeconds S      idle books leave memory after S seconds (default 600)
          --commitLanes N             group commits in flight at once (default 2)
          --commitDelayMs MS          how long a group commit waits for more turns (default 0)
          --sweep true|false          close untouched books after an end of day (default true)
          --sweepWorkers N            sweep workers (default two per core)
          --sweepBusyWorkers N        sweep workers while the silo serves commands (default 1)
          --sweepBooksPerCommit N     books one sweep transaction closes at most (default 500)
          --sweepLiveIdleSeconds S    grace for books in use before the sweep closes them (default 30)
          --metricsAnonymous true     /metrics without a key (default false)
          --dashboard on|off          Orleans' dashboard at /dashboard/, operator key as password (default on)
          --tlsCertificate PEM        mutual TLS on the Orleans ports: this silo's certificate and private key, PEM,
                                      in one file (default: no TLS); needs --tlsClientCa
          --tlsClientCa PEM           the CA (PEM) that front-ends' and silos' certificates must be signed by
          --Logging:..., --OTEL_...   host logging and OpenTelemetry export settings
          --help                      this text

        Keys: client keys (borrower commands, reads) are LEDGER_API_KEY when set, else the file DIR/api-key; operator
        keys (also SetBusinessDate, EndOfDay, cluster routes, snapshot, journal, audit, metrics) LEDGER_OPERATOR_KEY,
        else DIR/operator-key. Several keys may be given, separated by commas; a key file is read again every second,
        so its keys rotate without a restart. An embedded silo generates a missing key file; a cluster-mode silo
        (--postgres) refuses to start without its keys, which every silo of the cluster shares.
        Exit codes: 0 stopped, 2 bad option or value, 3 data directory in use, 4 port in use,
        5 the ledger's database cannot be upgraded now (a silo of the previous release still holds a lease).
        """;

    public static bool AsksForHelp(IEnumerable<string> args) =>
        args.Any(a => a is "--help" or "-h" or "-?" or "/?" or "/help");

    /// <summary>Throws <see cref="SiloSettingsException"/> naming the first option the silo does not know.</summary>
    public static void Validate(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string key;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                key = arg[2..];
            }
            else if (arg.StartsWith('/') || arg.StartsWith('-'))
            {
                key = arg[1..];
            }
            else
            {
                throw new SiloSettingsException(
                    $"unexpected argument '{arg}' (options are --NAME VALUE; see --help).");
            }

            var equals = key.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                key = key[..equals];
            }
            else
            {
                i++; // The value follows.
                if (i >= args.Count)
                {
                    throw new SiloSettingsException($"--{key} needs a value (see --help).");
                }
            }

            if (!IsKnown(key))
            {
                throw new SiloSettingsException($"unknown option --{key} (see --help).");
            }
        }
    }

    private static bool IsKnown(string key) =>
        key.Contains(':', StringComparison.Ordinal)
        || key.StartsWith("OTEL_", StringComparison.OrdinalIgnoreCase)
        || SiloKeys.Contains(key, StringComparer.OrdinalIgnoreCase)
        || HostKeys.Contains(key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Refuses, with one line, a port the silo would listen on that another process holds: the HTTP API's
    /// (each of <c>--urls</c>) and the Orleans silo and gateway ports. Checked before the start, since a bind
    /// failing deep in the host's start comes out as a logged stack trace.</summary>
    public static void CheckPortsFree(IConfiguration configuration, SiloSettings settings)
    {
        var urls = (configuration["urls"] ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries);
        foreach (var url in urls)
        {
            if (Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal)
                        .Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                && uri.Port > 0 && AddressOf(uri.Host) is { } address)
            {
                CheckFree(address, uri.Port, $"--urls {url}");
            }
        }

        CheckFree(IPAddress.Any, settings.SiloPort, $"--siloPort {settings.SiloPort}");
        CheckFree(IPAddress.Any, settings.GatewayPort, $"--gatewayPort {settings.GatewayPort}");
    }

    private static IPAddress? AddressOf(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : null;

    private static void CheckFree(IPAddress address, int port, string option)
    {
        var listener = new TcpListener(address, port);
        try
        {
            listener.Start();
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new PortInUseException($"port {port} ({option}) is in use by another process.");
        }
        catch (SocketException)
        {
            // Not ours to judge (an address this host does not have, say): Kestrel or Orleans will say.
        }
        finally
        {
            listener.Stop();
        }
    }
}

/// <summary>A setting the silo cannot use, said in one line naming it.</summary>
internal sealed class SiloSettingsException(string message) : Exception(message);

/// <summary>A port the silo would listen on is taken.</summary>
internal sealed class PortInUseException(string message) : Exception(message);
