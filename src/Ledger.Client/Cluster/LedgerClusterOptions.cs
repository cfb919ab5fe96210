using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Ledger.Client.Cluster;

/// <summary>How a .NET front-end finds a ledger cluster's Orleans gateways: static addresses (the embedded silo,
/// or a fixed set of silos behind a load balancer's health checks), or the cluster's membership table in
/// PostgreSQL read with a role that may read that table and nothing else: a front-end never holds the ledger's
/// database credentials (architecture, "Cluster").</summary>
public sealed record LedgerClusterOptions
{
    /// <summary>The cluster id and service id every ledger silo uses.</summary>
    public const string DefaultClusterId = "ledger";

    /// <summary>The embedded silo's gateway port (Orleans' default).</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>Gateways to connect to when <see cref="MembershipConnectionString"/> is not set.</summary>
    public IReadOnlyList<IPEndPoint> Gateways { get; init; } = [];

    /// <summary>A PostgreSQL connection string whose role may only read the membership table; when set, gateways
    /// are found there (silos joining and leaving included) instead of <see cref="Gateways"/>.</summary>
    public string? MembershipConnectionString { get; init; }

    /// <summary>The cluster id the silos were started with.</summary>
    public string ClusterId { get; init; } = DefaultClusterId;

    /// <summary>The service id the silos were started with.</summary>
    public string ServiceId { get; init; } = DefaultClusterId;

    /// <summary>How long a grain call may take before the client gives up on it (Orleans' <c>ResponseTimeout</c>,
    /// 30 s by default): short, so that a call through a gateway that died is failed and retried in seconds.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The certificate, with its private key, this client shows gateways that require mutual TLS (a silo
    /// started with <c>--tlsCertificate</c> and <c>--tlsClientCa</c> refuses a client without one signed by that
    /// CA). Needs <see cref="TrustedAuthorities"/>.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>The CA the gateways' certificates must be signed by. When set, the client connects over TLS and
    /// checks each gateway's certificate against these certificates only (not the machine's trusted roots); host
    /// names are not checked, since gateways are found by address. Null (the default): plain TCP.</summary>
    public X509Certificate2Collection? TrustedAuthorities { get; init; }

    /// <summary>These options with TLS from PEM files: <paramref name="certificatePath"/> holds this client's
    /// certificate and its unencrypted private key (null: no client certificate), <paramref name="authorityPath"/>
    /// the CA certificates the gateways' must chain to.</summary>
    /// <exception cref="FormatException">A file that is missing, unreadable or not what it should be; the message
    /// names it and says why.</exception>
    public LedgerClusterOptions WithTlsFiles(string? certificatePath, string authorityPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorityPath);
        return this with
        {
            ClientCertificate = certificatePath is null ? null : TlsFiles.ReadCertificate(certificatePath),
            TrustedAuthorities = TlsFiles.ReadAuthorities(authorityPath),
        };
    }

    /// <summary>Whether <paramref name="certificate"/> chains to one of <see cref="TrustedAuthorities"/> and is
    /// valid now.</summary>
    internal bool Trusts(X509Certificate2 certificate) =>
        TrustedAuthorities is { } authorities && TlsFiles.ChainsTo(certificate, authorities);

    /// <summary>How many times connecting to the gateways is tried before the connection fails, a second apart;
    /// null (the default) keeps Orleans' own: 16 tries over about three minutes. A front-end that would rather
    /// report a refused or unreachable gateway at once sets a few.</summary>
    public int? ConnectAttempts { get; init; }

    /// <summary>Static gateways from <c>HOST:PORT[,HOST:PORT...]</c> (a host name is resolved now; a missing port
    /// means <see cref="DefaultGatewayPort"/>).</summary>
    /// <exception cref="FormatException">An entry that is not a host with an optional port.</exception>
    public static LedgerClusterOptions ForGateways(string gateways)
    {
        ArgumentNullException.ThrowIfNull(gateways);
        var endpoints = new List<IPEndPoint>();
        foreach (var entry in gateways.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            endpoints.Add(ParseGateway(entry));
        }

        return endpoints.Count > 0
            ? new LedgerClusterOptions { Gateways = endpoints }
            : throw new FormatException("No gateway given: expected HOST:PORT[,HOST:PORT...].");
    }

    /// <summary>Gateways found in the membership table of the cluster's PostgreSQL database.</summary>
    public static LedgerClusterOptions ForMembership(string connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new FormatException("The membership connection string is empty.")
            : new LedgerClusterOptions { MembershipConnectionString = connectionString };

    private static IPEndPoint ParseGateway(string entry)
    {
        var colon = entry.LastIndexOf(':');
        var host = colon < 0 ? entry : entry[..colon];
        var port = DefaultGatewayPort;
        if (colon >= 0 && (!int.TryParse(entry[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port)
                || port is < 1 or > 65535))
        {
            throw new FormatException($"'{entry}' is not HOST:PORT (a port from 1 to 65535).");
        }

        host = host.Trim('[', ']');
        if (host.Length == 0)
        {
            throw new FormatException($"'{entry}' names no host.");
        }

        if (IPAddress.TryParse(host, out var address))
        {
            return new IPEndPoint(address, port);
        }

        var addresses = Dns.GetHostAddresses(host);
        var chosen = addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            ?? addresses.FirstOrDefault()
            ?? throw new FormatException($"The gateway host '{host}' has no address.");
        return new IPEndPoint(chosen, port);
    }
}
