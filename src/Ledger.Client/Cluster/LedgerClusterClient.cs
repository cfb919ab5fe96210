using Ledger.GrainInterfaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Connections.Security;
using Orleans.Hosting;

namespace Ledger.Client.Cluster;

/// <summary>Sets up an Orleans client for a ledger cluster.</summary>
public static class LedgerClusterClientBuilderExtensions
{
    /// <summary>Configures <paramref name="client"/> for the ledger cluster <paramref name="options"/> describes:
    /// its cluster id, how gateways are found, a short response timeout, and TLS when it names a CA.</summary>
    /// <example><code>builder.UseOrleansClient(client => client.UseLedgerCluster(LedgerClusterOptions.ForGateways("127.0.0.1:30000")));</code></example>
    public static IClientBuilder UseLedgerCluster(this IClientBuilder client, LedgerClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout);
        if (options.MembershipConnectionString is { } membership)
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = membership;
            });
        }
        else if (options.Gateways.Count > 0)
        {
            client.UseStaticClustering([.. options.Gateways]);
        }
        else
        {
            throw new ArgumentException("Give the cluster's gateways or its membership connection string.",
                nameof(options));
        }

        if (options.ConnectAttempts is { } attempts)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1, nameof(options));
            var failures = 0;
            client.UseConnectionRetryFilter(async (exception, cancellationToken) =>
            {
                if (Interlocked.Increment(ref failures) >= attempts || cancellationToken.IsCancellationRequested
                    || exception is not (Orleans.Runtime.Messaging.ConnectionFailedException
                        or OrleansMessageRejectionException))
                {
                    return false;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return true;
            });
        }

        if (options.TrustedAuthorities is not null)
        {
            client.UseTls(tls =>
            {
                tls.LocalCertificate = options.ClientCertificate;
                tls.ClientCertificateMode = options.ClientCertificate is null
                    ? RemoteCertificateMode.NoCertificate
                    : RemoteCertificateMode.RequireCertificate;
                tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
                // The gateway's chain is checked against the ledger's CA, not the machine's trusted roots.
                tls.RemoteCertificateValidation = (certificate, _, _) => options.Trusts(certificate);
                // A gateway that takes the connection and never finishes the handshake fails it after this.
                tls.HandshakeTimeout = TimeSpan.FromSeconds(5);
            });
        }
        else if (options.ClientCertificate is not null)
        {
            throw new ArgumentException("A client certificate needs TrustedAuthorities: the CA the gateways' "
                + "certificates are signed by.", nameof(options));
        }

        return client;
    }
}

/// <summary>A connected Orleans client of a ledger cluster, for tools and services without a generic host of their
/// own (a service with one calls <c>UseOrleansClient(c =&gt; c.UseLedgerCluster(options))</c> instead and gets
/// <see cref="IClusterClient"/> from its services).</summary>
public sealed class LedgerClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private LedgerClusterConnection(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
        Grains = new LedgerGrains(Client);
    }

    /// <summary>The Orleans client, for grains beyond the helpers.</summary>
    public IClusterClient Client { get; }

    /// <summary>Typed helpers over the grain interfaces.</summary>
    public LedgerGrains Grains { get; }

    /// <summary>Connects to a gateway of the cluster, trying again (<see cref="LedgerClusterOptions.ConnectAttempts"/>)
    /// until one answers, the tries run out or <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task<LedgerClusterConnection> ConnectAsync(LedgerClusterOptions options,
        CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client.UseLedgerCluster(options));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new LedgerClusterConnection(host);
    }

    /// <summary>Closes the connection (calls in flight are abandoned).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            _host.Dispose();
        }
    }
}

/// <summary>Typed helpers over the ledger's grain interfaces: the grain of a borrower, line or order by its ids, and
/// a borrower's records decided in order.</summary>
public sealed class LedgerGrains(IGrainFactory grains)
{
    /// <summary>How often a borrower's records answered "try again" (nothing booked) are sent again, with the same
    /// ids, before their "try again" is returned. The pauses of the default 12 attempts add up to 13 s: a restart
    /// or a failover of the ledger's database is ridden through.</summary>
    public int MaxAttempts { get; init; } = 12;

    /// <summary>Raised before each retry of <see cref="SubmitRecordsAsync"/> (a call failed in transit, or records
    /// answered "try again"), so that a caller can count them.</summary>
    public event EventHandler<LedgerRetryEventArgs>? Retrying;

    /// <summary>The grain of a borrower: its commands, its records in order, its views.</summary>
    public IBorrowerGrain Borrower(string borrowerId) => GrainReferences.Get<IBorrowerGrain>(grains, borrowerId);

    /// <summary>The grain of a credit line (its commands go on to its borrower's grain).</summary>
    public ICreditLineGrain Line(string borrowerId, string lineId) =>
        GrainReferences.Get<ICreditLineGrain>(grains, GrainKeys.Line(borrowerId, lineId));

    /// <summary>The grain of a supply-chain order (its commands go on to its borrower's grain).</summary>
    public ISupplyOrderGrain Order(string borrowerId, string orderId) =>
        GrainReferences.Get<ISupplyOrderGrain>(grains, GrainKeys.Order(borrowerId, orderId));

    /// <summary>The ledger's grain: business date and end-of-day progress (moving the date is not here).</summary>
    public ILedgerGrain Ledger => grains.GetGrain<ILedgerGrain>(GrainKeys.Ledger);

    /// <summary>Stream records (JSON text) that all name <paramref name="borrowerId"/>, decided in order: one result
    /// per record. Records answered "try again" are sent again with the rest after them (same ids, so nothing is
    /// booked twice), up to <see cref="MaxAttempts"/> times with a growing pause; the results are then final or
    /// still "try again".</summary>
    public async Task<IReadOnlyList<GrainInterfaces.CommandResult>> SubmitRecordsAsync(string borrowerId,
        IReadOnlyList<string> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var results = new GrainInterfaces.CommandResult[records.Count];
        var from = 0;
        for (var attempt = 1; from < records.Count; attempt++)
        {
            IReadOnlyList<GrainInterfaces.CommandResult> answered;
            try
            {
                answered = await Borrower(borrowerId).SubmitRecordsAsync(from == 0 ? records : records.Skip(from).ToList())
                    .WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (IsTransient(ex) && attempt < MaxAttempts)
            {
                // The call failed in transit (a gateway or silo went away, a timeout): nothing is known of these
                // records, and sending them again is safe.
                Retrying?.Invoke(this, new LedgerRetryEventArgs("transient", attempt, records.Count - from));
                await Task.Delay(Backoff(attempt), cancellationToken);
                continue;
            }

            var retryFrom = -1;
            for (var i = 0; i < answered.Count; i++)
            {
                results[from + i] = answered[i];
                if (retryFrom < 0 && answered[i].Status == CommandStatus.TryAgain)
                {
                    retryFrom = from + i;
                }
            }

            if (retryFrom < 0 || attempt >= MaxAttempts)
            {
                break;
            }

            Retrying?.Invoke(this, new LedgerRetryEventArgs("try-again", attempt, records.Count - retryFrom));
            from = retryFrom;
            await Task.Delay(Backoff(attempt), cancellationToken);
        }

        return results;
    }

    /// <summary>The pause before attempt <paramref name="attempt"/> + 1: 50 ms doubling, at most 2 s.</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(2_000, 25 * (1 << Math.Min(attempt, 7))));

    /// <summary>A grain call that failed without an answer and may be sent again: a timeout, a silo or gateway
    /// gone, a message the cluster rejected (a silo stopping).</summary>
    public static bool IsTransient(Exception exception) =>
        exception is TimeoutException or LedgerUnavailableException or System.Net.Sockets.SocketException
        || (exception is OrleansException && exception is not OrleansConfigurationException);
}
