using System.Globalization;
using Ledger.Client.Cluster;
using Ledger.GrainInterfaces;
using Ledger.Silo.Tests.Support;

namespace Ledger.Silo.Tests.Cluster;

/// <summary>Mutual TLS on the Orleans gateway (<c>--tlsCertificate</c>, <c>--tlsClientCa</c>): a front-end whose
/// certificate the ledger's CA signed calls grains; one without a certificate, with a stranger's, or without TLS
/// cannot, and its connection fails in bounded time instead of hanging.</summary>
public sealed class OrleansTlsTests(OrleansTlsTests.TlsSilo fixture) : IClassFixture<OrleansTlsTests.TlsSilo>
{
    /// <summary>How long a refused client may try before the test cancels it (it should give up sooner).</summary>
    private static readonly TimeSpan ConnectDeadline = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Gateway_ClientWithACertificateTheCaSigned_CallsGrains()
    {
        var options = fixture.Gateway().WithTlsFiles(fixture.Certificates.ClientPath, fixture.Certificates.CaPath);
        using var deadline = new CancellationTokenSource(Bound);

        await using var connection = await LedgerClusterConnection.ConnectAsync(options, deadline.Token);
        var date = await connection.Grains.Ledger.GetBusinessDateAsync().WaitAsync(deadline.Token);
        var results = await connection.Grains.SubmitRecordsAsync("TLS-B1",
            ["""{"type":"OpenBorrower","borrower":"TLS-B1","limit":1000000,"id":"tls-c1"}"""], deadline.Token);

        Assert.Equal(new DateOnly(2024, 3, 1), date);
        Assert.True(results.Single().IsAccepted, results.Single().ToString());
    }

    [Fact]
    public async Task Gateway_ClientWithoutACertificate_WithAStrangersOrWithoutTls_CannotCall()
    {
        var certificates = fixture.Certificates;
        // Two tries each, at once: the gateway refuses them and the connect gives up on its own, before the deadline.
        var attempts = new[]
        {
            ("no certificate", fixture.Gateway().WithTlsFiles(null, certificates.CaPath)),
            ("a stranger's certificate", fixture.Gateway().WithTlsFiles(certificates.StrangerPath, certificates.CaPath)),
            ("no TLS", fixture.Gateway()),
        }.Select(a => (What: a.Item1, Call: ConnectAndCallAsync(a.Item2 with { ConnectAttempts = 2 }))).ToList();

        var all = Task.WhenAll(attempts.Select(a => a.Call));
        var finished = await Task.WhenAny(all, Task.Delay(Bound));

        Assert.True(finished == all || attempts.All(a => a.Call.IsCompleted),
            $"still connecting after {Bound}: "
            + string.Join(", ", attempts.Where(a => !a.Call.IsCompleted).Select(a => a.What)));
        foreach (var (what, call) in attempts)
        {
            var failure = await call;
            Assert.True(failure is not null, $"a client with {what} called a grain through the TLS gateway");
            // Orleans' own "unable to connect", not the test's deadline.
            Assert.True(failure is Orleans.Runtime.Messaging.ConnectionFailedException,
                $"a client with {what}: {failure}");
        }
    }

    /// <summary>Connects and calls the ledger grain; the exception that stopped it, or null when the call
    /// succeeded.</summary>
    private static async Task<Exception?> ConnectAndCallAsync(LedgerClusterOptions options)
    {
        using var deadline = new CancellationTokenSource(ConnectDeadline);
        try
        {
            await using var connection = await LedgerClusterConnection.ConnectAsync(options, deadline.Token);
            await connection.Grains.Ledger.GetBusinessDateAsync().WaitAsync(deadline.Token);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>An embedded silo whose Orleans ports require mutual TLS with the test CA, its business date set.
    /// </summary>
    public sealed class TlsSilo : IAsyncLifetime
    {
        private TestSilo? _silo;

        internal TestCertificates Certificates { get; } = new();

        internal TestSilo Silo => _silo ?? throw new InvalidOperationException("not started");

        public LedgerClusterOptions Gateway() => LedgerClusterOptions.ForGateways(string.Create(
            CultureInfo.InvariantCulture, $"127.0.0.1:{TestSilo.OrleansPorts(Silo.DataDirectory).Gateway}"));

        public async Task InitializeAsync()
        {
            _silo = await TestSilo.StartSqliteAsync("--tlsCertificate", Certificates.SiloPath,
                "--tlsClientCa", Certificates.CaPath);
            await SiloApi.AcceptAllAsync(_silo.Http, """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""");
        }

        public async Task DisposeAsync()
        {
            if (_silo is not null)
            {
                await _silo.DisposeAsync();
            }

            Certificates.Dispose();
        }
    }
}

/// <summary>Two silos of one PostgreSQL ledger with mutual TLS: they talk to each other over TLS (a silo joins only
/// once it has reached the others) and serve each other's books; a front-end with a certificate the CA signed finds
/// their gateways in the membership table and calls grains.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OrleansTlsClusterTests(Ledger.Testing.PostgresFixture postgres)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TwoTlsSilos_JoinOneClusterAndServeEachOthersBooks_AndATlsFrontEndCallsThem()
    {
        using var certificates = new TestCertificates();
        var connection = await postgres.CreateDatabaseAsync();
        string[] tls = ["--partitions", "16", "--tlsCertificate", certificates.SiloPath,
            "--tlsClientCa", certificates.CaPath];
        await using var first = await TestSilo.StartPostgresAsync(connection, tls);
        await using var second = await TestSilo.StartPostgresAsync(connection, tls);
        await Ledger.Testing.Poll.UntilAsync(async () => await ActiveSilosAsync(connection) == 2, Deadline,
            "both TLS silos Active in Orleans' membership table");

        await SiloApi.AcceptAllAsync(first.Http, """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""");
        string[] borrowers = ["B1", "B2", "B3", "B4"];
        foreach (var (b, i) in borrowers.Select((b, i) => (b, i)))
        {
            // Each borrower's commands alternate between the silos: one of them forwards to the activation on the
            // other, over the TLS silo port.
            var (one, other) = i % 2 == 0 ? (first, second) : (second, first);
            await SiloApi.AcceptAllAsync(one.Http, $$"""{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":5000}""");
            await SiloApi.AcceptAllAsync(other.Http, $$"""{"type":"SetBorrowerLimit","id":"c2","borrower":"{{b}}","limit":7000}""");
        }

        using var deadline = new CancellationTokenSource(Deadline);
        await using var frontEnd = await LedgerClusterConnection.ConnectAsync(LedgerClusterOptions.ForMembership(connection)
            .WithTlsFiles(certificates.ClientPath, certificates.CaPath), deadline.Token);
        foreach (var b in borrowers)
        {
            var view = await frontEnd.Grains.Borrower(b).GetAsync().WaitAsync(deadline.Token);
            Assert.Equal(7000, view?.Limit);
        }
    }

    private static async Task<long> ActiveSilosAsync(string connection)
    {
        await using var db = new Npgsql.NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM orleansmembershiptable WHERE status = 3", db);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
