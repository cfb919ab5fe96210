using Ledger.Domain;
using Ledger.LoadTest.Baseline;
using Ledger.Testing;
using Npgsql;

namespace Ledger.LoadTest.Tests;

/// <summary>The naive baseline against a fresh database of the run's PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BaselineTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Run_SmallMixedStream_LeavesEveryBorrowersBalancesEqualToItsJournal()
    {
        var (text, generated) = Streams.Generate(Streams.Settings("mixed", seed: 4, borrowers: 40, days: 6,
            perDay: 150));
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

        var summary = await new BaselineRunner(dataSource, concurrency: 4).RunAsync(new StringReader(text),
            CancellationToken.None);

        Assert.Equal(generated.Records, summary.Records);
        Assert.True(summary.ByOutcome.GetValueOrDefault("ACCEPTED") > summary.Records / 2, Describe(summary));
        Assert.Empty(await QueryAsync(dataSource,
            "SELECT borrower || '/' || command_id FROM naive.journal GROUP BY borrower, command_id " +
            "HAVING sum(amount_minor) <> 0"));
        Assert.Empty(await QueryAsync(dataSource,
            """
            SELECT b.borrower FROM naive.borrowers b
            LEFT JOIN (SELECT borrower, sum(amount_minor) AS principal FROM naive.journal
                       WHERE account = 'loan-principal' GROUP BY borrower) j ON j.borrower = b.borrower
            WHERE b.exposure_minor <> coalesce(j.principal, 0)
            """));
        Assert.Empty(await QueryAsync(dataSource,
            """
            SELECT e.kind || ':' || e.borrower || '/' || e.id FROM (
                SELECT 'line' AS kind, borrower, line AS id, principal_minor, interest_minor, penalty_minor
                FROM naive.lines
                UNION ALL
                SELECT 'order', borrower, order_id, principal_minor, interest_minor, penalty_minor FROM naive.orders) e
            LEFT JOIN (SELECT entity_kind, borrower, entity_id,
                           sum(amount_minor) FILTER (WHERE account = 'loan-principal') AS principal,
                           sum(amount_minor) FILTER (WHERE account = 'interest-receivable') AS interest,
                           sum(amount_minor) FILTER (WHERE account = 'penalty-receivable') AS penalty
                       FROM naive.journal GROUP BY entity_kind, borrower, entity_id) j
                ON j.entity_kind = e.kind AND j.borrower = e.borrower AND j.entity_id = e.id
            WHERE e.principal_minor <> coalesce(j.principal, 0) OR e.interest_minor <> coalesce(j.interest, 0)
               OR e.penalty_minor <> coalesce(j.penalty, 0)
            """));
        Assert.NotEmpty(await QueryAsync(dataSource,
            "SELECT DISTINCT entity_kind FROM naive.journal WHERE account = 'loan-principal'"));
    }

    /// <summary>Before the first end of day nothing has accrued or been released by schedule anywhere, so the
    /// baseline must decide every command exactly as the ledger does, whatever the lanes interleave.</summary>
    [Fact]
    public async Task Run_OneDayMixedStream_RecordsTheDomainsOutcomeForEveryId()
    {
        var (text, _) = Streams.Generate(Streams.Settings("mixed", seed: 17, borrowers: 60, days: 1, perDay: 1_500));
        var (ledger, _) = Streams.DryRun(text);
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

        await new BaselineRunner(dataSource, concurrency: 8).RunAsync(new StringReader(text), CancellationToken.None);

        var expected = ledger.Books.Values
            .SelectMany(book => book.Outcomes.Select(o => $"{book.BorrowerId}/{o.Key}={o.Value.Outcome.ToCode()}"))
            .Order(StringComparer.Ordinal).ToList();
        var recorded = await QueryAsync(dataSource,
            "SELECT scope || '/' || command_id || '=' || outcome FROM naive.outcomes WHERE scope <> ''");
        Assert.Equal(expected, recorded.Order(StringComparer.Ordinal));
        var counts = await QueryAsync(dataSource,
            "SELECT outcome || ':' || count(*) FROM naive.outcomes GROUP BY outcome");
        Assert.Equal(ledger.OutcomeCounts().Select(p => $"{p.Key}:{p.Value}").Order(StringComparer.Ordinal),
            counts.Order(StringComparer.Ordinal));
    }

    /// <summary>Deferrals need no accrual to be decided: the baseline refuses and accepts every extension as the
    /// ledger does (in the past, closed, not later, unknown, a cancelled order) and stores the new maturity.
    /// </summary>
    [Fact]
    public async Task Run_Extensions_AreDecidedAsTheDomainDecidesThemAndMoveTheMaturity()
    {
        string[] records =
        [
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""",
            """{"type":"OpenBorrower","id":"b","borrower":"B1","limit":1000000}""",
            """{"type":"OpenCreditLine","id":"l1","borrower":"B1","line":"L1","limit":1000,"rate":"0.01",""" +
                "\"expiryDate\":\"2024-03-05\"}",
            """{"type":"OpenCreditLine","id":"l2","borrower":"B1","line":"L2","limit":1000,"rate":"0.01",""" +
                "\"expiryDate\":\"2024-03-05\"}",
            """{"type":"CloseLine","id":"c2","borrower":"B1","line":"L2"}""",
            """{"type":"OpenOrder","id":"o1","borrower":"B1","order":"O1","supplier":"S","rate":"0.01",""" +
                "\"maturityDate\":\"2024-03-03\",\"tranches\":[{\"amount\":100}]}",
            """{"type":"CancelOrder","id":"co","borrower":"B1","order":"O1"}""",
            Extend("x1", "line", "L1", "2024-03-05"),
            Extend("x2", "line", "L1", "2024-03-10"),
            Extend("x3", "line", "L1", "2024-03-09"),
            Extend("x4", "line", "L2", "2024-03-20"),
            Extend("x5", "line", "L9", "2024-03-20"),
            """{"type":"EndOfDay","id":"e1","date":"2024-03-01"}""",
            """{"type":"EndOfDay","id":"e2","date":"2024-03-02"}""",
            Extend("x6", "line", "L1", "2024-03-02"),
            Extend("x7", "order", "O1", "2024-03-03"),
            Extend("x8", "order", "O1", "2024-03-02"),
            Extend("x9", "order", "O1", "2024-03-30"),
            Extend("x10", "order", "O9", "2024-03-30"),
            Extend("x2", "line", "L1", "2024-03-10"),
        ];
        var text = string.Join("\n", records) + "\n";
        var (ledger, _) = Streams.DryRun(text);
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

        await new BaselineRunner(dataSource, concurrency: 2).RunAsync(new StringReader(text), CancellationToken.None);

        var expected = ledger.Books["B1"].Outcomes.Where(o => o.Key.StartsWith('x'))
            .Select(o => $"{o.Key}={o.Value.Outcome.ToCode()}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "x10=UNKNOWN_ORDER", "x1=EXTENSION_NOT_LATER", "x2=ACCEPTED", "x3=EXTENSION_NOT_LATER",
                "x4=LINE_CLOSED", "x5=UNKNOWN_LINE", "x6=INVALID_COMMAND", "x7=EXTENSION_NOT_LATER",
                "x8=INVALID_COMMAND", "x9=ACCEPTED",
            ],
            expected);
        Assert.Equal(expected, (await QueryAsync(dataSource,
            "SELECT command_id || '=' || outcome FROM naive.outcomes WHERE command_id LIKE 'x%'"))
            .Order(StringComparer.Ordinal));
        Assert.Equal(["L1 2024-03-10", "L2 2024-03-05", "O1 2024-03-30"], await QueryAsync(dataSource,
            "SELECT line || ' ' || maturity_date::text FROM naive.lines UNION ALL " +
            "SELECT order_id || ' ' || maturity_date::text FROM naive.orders ORDER BY 1"));
    }

    [Fact]
    public async Task Run_SameDatabaseTwice_StartsEachRunFromAFreshSchema()
    {
        var (text, _) = Streams.Generate(Streams.Settings("broiler", seed: 2, borrowers: 20, days: 3, perDay: 20));
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());
        var runner = new BaselineRunner(dataSource, concurrency: 2);

        var first = await runner.RunAsync(new StringReader(text), CancellationToken.None);
        var second = await runner.RunAsync(new StringReader(text), CancellationToken.None);

        Assert.Equal(first.ByOutcome, second.ByOutcome);
        Assert.True(first.ByOutcome.GetValueOrDefault("ACCEPTED") > 0);
    }

    private static string Extend(string id, string entity, string entityId, string maturityDate) =>
        $$"""{"type":"{{(entity == "line" ? "ExtendLine" : "ExtendOrder")}}","id":"{{id}}","borrower":"B1",""" +
        $"\"{entity}\":\"{entityId}\",\"maturityDate\":\"{maturityDate}\"}}";

    private static string Describe(BaselineSummary summary) =>
        string.Join(", ", summary.ByOutcome.Select(p => $"{p.Key}={p.Value}"));

    private static async Task<List<string>> QueryAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
