using Ledger.Client.Cluster;
using Ledger.Silo.Tests.Api;
using Ledger.Silo.Tests.Support;
using Ledger.Storage.Postgres;
using Ledger.Testing;
using Npgsql;

namespace Ledger.Silo.Tests.Cluster;

/// <summary><c>ledger cluster grant-gateway-reader ROLE --postgres CONN</c>: a front-end connecting as that role
/// finds the gateways in the membership table and calls grains, yet reads no ledger table and writes no Orleans
/// table (issue 17 item 7, "Trust": a front-end never holds the ledger's credentials).</summary>
[Collection(PostgresCollection.Name)]
public sealed class GatewayReaderTests(PostgresFixture postgres)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task FrontEndAsTheGatewayReader_CallsGrains_ButReadsNoLedgerTableAndWritesNoMembership()
    {
        var ledger = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartPostgresAsync(ledger, "--partitions", "16");
        await SiloApi.AcceptAllAsync(silo.Http, """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""",
            """{"type":"OpenBorrower","id":"c1","borrower":"B1","limit":50000000}""");
        var (role, password) = NewRole();

        var run = await LedgerCliTests.LedgerAsync(new() { [GatewayReaderVariable] = password },
            "cluster", "grant-gateway-reader", role, "--postgres", ledger);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"role {role} created", run.Stdout, StringComparison.Ordinal);
        var reader = new NpgsqlConnectionStringBuilder(ledger) { Username = role, Password = password }
            .ConnectionString;
        using var deadline = new CancellationTokenSource(Deadline);
        await using (var frontEnd = await LedgerClusterConnection.ConnectAsync(
            LedgerClusterOptions.ForMembership(reader), deadline.Token))
        {
            var borrower = await frontEnd.Grains.Borrower("B1").GetAsync().WaitAsync(deadline.Token);
            var results = await frontEnd.Grains.SubmitRecordsAsync("B2",
                ["""{"type":"OpenBorrower","id":"c2","borrower":"B2","limit":1000}"""], deadline.Token);

            Assert.NotNull(borrower);
            Assert.True(results.Single().IsAccepted, results.Single().ToString());
        }

        await using var db = new NpgsqlConnection(reader);
        await db.OpenAsync();
        Assert.Equal(1L, await ScalarAsync(db, "SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
        foreach (var sql in new[]
        {
            "SELECT count(*) FROM grains",
            "SELECT count(*) FROM journal_postings",
            "SELECT count(*) FROM command_outcomes",
            "SELECT count(*) FROM ledger_meta",
            "SELECT count(*) FROM orleansmembershipversiontable",
            "SELECT count(*) FROM orleansreminderstable",
            "UPDATE orleansmembershiptable SET status = 6",
            "DELETE FROM orleansmembershiptable",
            "UPDATE orleansquery SET querytext = 'SELECT 1'",
            "SELECT orleans_update_membership('ledger', '127.0.0.1', 1, 1, 6, NULL, now(), 1)",
        })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(db, sql));
            Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {refused.Message}");
        }
    }

    [Fact]
    public async Task GrantGatewayReader_NewRoleWithoutPassword_AgainOnAnExistingRole_AndARoleThatMayDoMore()
    {
        var ledger = await postgres.CreateDatabaseAsync();
        await OrleansSchema.EnsureAsync(ledger);
        var (role, password) = NewRole();

        var withoutPassword = await LedgerCliTests.LedgerAsync([], "cluster", "grant-gateway-reader", role,
            "--postgres", ledger);
        var created = await LedgerCliTests.LedgerAsync(new() { [GatewayReaderVariable] = password },
            "cluster", "grant-gateway-reader", role, "--postgres", ledger);
        var again = await LedgerCliTests.LedgerAsync([], "cluster", "grant-gateway-reader", role,
            "--postgres", ledger);
        await using (var db = new NpgsqlConnection(ledger))
        {
            await db.OpenAsync();
            await ScalarAsync(db, $"GRANT SELECT, UPDATE ON grains TO {role}");
        }

        var mayDoMore = await LedgerCliTests.LedgerAsync([], "cluster", "grant-gateway-reader", role,
            "--postgres", ledger);

        Assert.True(withoutPassword.ExitCode == 2, withoutPassword.ToString());
        Assert.Contains("give a password", withoutPassword.Stderr, StringComparison.Ordinal);
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"role {role} updated", again.Stdout, StringComparison.Ordinal);
        Assert.True(mayDoMore.ExitCode == 4, mayDoMore.ToString());
        Assert.Contains("grains: SELECT, UPDATE", mayDoMore.Stderr, StringComparison.Ordinal);
    }

    private const string GatewayReaderVariable = "LEDGER_GATEWAY_READER_PASSWORD";

    /// <summary>Roles belong to the whole server, which the test run's databases share: each test makes its own.
    /// </summary>
    private static (string Role, string Password) NewRole() =>
        ($"gateway_reader_{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}",
            Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)));

    private static async Task<object?> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return await command.ExecuteScalarAsync();
    }
}
