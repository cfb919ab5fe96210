using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Ledger.Silo.Tests.Support;
using Ledger.Storage;
using Ledger.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ledger.Silo.Tests.Outages;

/// <summary>A silo on Orleans whose store fails the way a restarting or failing-over database fails (the store's own
/// exceptions, thrown from every store call): every endpoint family answers 503 with <c>Retry-After</c>, a
/// problem-details <c>reason</c> saying the store is unavailable and <c>retryable: true</c> (a batch, item by item),
/// never 500; the silo serves again as soon as the store does. A failure that does not pass by itself (a bug) is
/// still a 500 where nothing else answers it. Each store's classification judges its own exceptions, so each
/// transient class is thrown at a silo on the store it belongs to.</summary>
public abstract class StoreOutageAnswerTests(OutageSiloFixture fixture)
{
    private HttpClient Http => fixture.Silo.Http;

    /// <summary>Every family, one request each, while the store throws <paramref name="failure"/>; then the store
    /// comes back and the same requests are served.</summary>
    protected async Task AssertEveryFamilyAnswers503(Func<Exception> failure)
    {
        var b = ApiSiloFixture.NewId("B");
        fixture.Store.Break(failure);
        try
        {
            await AssertRetryableAsync("POST v1/commands", await PostAsync("v1/commands", Open(b, "c1")));
            var batch = await PostAsync("v1/commands/batch", $"[{Open(b, "c1")}]");
            Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
            var item = JsonDocument.Parse(await batch.Content.ReadAsStringAsync()).RootElement[0];
            Assert.Equal("STORE_UNAVAILABLE", item.GetProperty("retry").GetString());
            await AssertRetryableAsync("SetBusinessDate", await PostAsync("v1/commands",
                $$"""{"type":"SetBusinessDate","id":"{{ApiSiloFixture.NewId("d")}}","date":"2030-01-01"}"""));
            await AssertRetryableAsync("EndOfDay", await PostAsync("v1/commands",
                $$"""{"type":"EndOfDay","id":"{{ApiSiloFixture.NewId("e")}}","date":"{{ApiSiloFixture.BusinessDate}}"}"""));
            await AssertRetryableAsync("borrower view", await Http.GetAsync($"v1/borrowers/{b}"));
            await AssertRetryableAsync("line view", await Http.GetAsync($"v1/borrowers/{b}/lines/L1"));
            await AssertRetryableAsync("borrower journal", await Http.GetAsync($"v1/borrowers/{b}/journal"));
            await AssertRetryableAsync("ledger journal", await Http.GetAsync("v1/journal"));
            await AssertRetryableAsync("snapshot", await Http.GetAsync("v1/snapshot"));
            await AssertRetryableAsync("status", await Http.GetAsync("v1/status"));
        }
        finally
        {
            fixture.Store.Mend();
        }

        // Back at once, without a restart.
        var accepted = await PostAsync("v1/commands", Open(b, "c1"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync($"v1/borrowers/{b}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("v1/snapshot")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("v1/status")).StatusCode);
    }

    /// <summary>A commit whose connection was lost after it went out: the silo says its fate is unknown, and the
    /// retry by the same id settles it, here as the outcome the lost commit did record.</summary>
    [Fact]
    public async Task Command_CommitFateUnknownThoughWritten_Answers503ThenTheRetryAnswersAsRecorded()
    {
        var b = ApiSiloFixture.NewId("B");
        fixture.Store.Break(() => new CommitFateUnknownException("the connection was lost in flight",
            new IOException("Connection reset by peer")), only: nameof(ILedgerStore.CommitAsync), afterInner: true);
        try
        {
            var lost = await PostAsync("v1/commands", Open(b, "c1"));
            await AssertRetryableAsync("the lost commit", lost, "COMMIT_FATE_UNKNOWN");
        }
        finally
        {
            fixture.Store.Mend();
        }

        var retried = await PostAsync("v1/commands", Open(b, "c1"));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("ACCEPTED",
            JsonDocument.Parse(await retried.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString());
        var limit = JsonDocument.Parse(await Http.GetStringAsync($"v1/borrowers/{b}")).RootElement.GetProperty("limit");
        Assert.Equal(5_000, limit.GetInt64());
    }

    /// <summary>A failure that does not pass (here an <see cref="InvalidOperationException"/>, as a bug throws) is
    /// not dressed up as "try again" where nothing else answers it: a read is a 500.</summary>
    [Fact]
    public async Task Read_StoreFaultThatIsABug_Answers500()
    {
        fixture.Store.Break(() => new InvalidOperationException("a bug in the store"));
        try
        {
            Assert.Equal(HttpStatusCode.InternalServerError, (await Http.GetAsync("v1/snapshot")).StatusCode);
            Assert.Equal(HttpStatusCode.InternalServerError,
                (await Http.GetAsync($"v1/borrowers/{ApiSiloFixture.NewId("B")}")).StatusCode);
        }
        finally
        {
            fixture.Store.Mend();
        }
    }

    private static string Open(string borrower, string id) =>
        $$"""{"type":"OpenBorrower","id":"{{id}}","borrower":"{{borrower}}","limit":5000}""";

    private Task<HttpResponseMessage> PostAsync(string path, string body) =>
        Http.PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task AssertRetryableAsync(string family, HttpResponseMessage response,
        string reason = "STORE_UNAVAILABLE")
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{family}: {(int)response.StatusCode} {text}");
        Assert.True(response.Headers.RetryAfter is not null, $"{family}: no Retry-After");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((family, reason), (family, problem.GetProperty("reason").GetString()));
        Assert.True(problem.GetProperty("retryable").GetBoolean(), family);
    }
}

/// <summary>The PostgreSQL store's transient failures: the server shutting down or restarting (57P01-57P03), a
/// connection exception (08xxx), a serialization failure or deadlock (40001, 40P01), and Npgsql's own: a connection
/// broken mid-read, refused, timed out, no primary among the hosts.</summary>
public sealed class PostgresStoreOutageAnswerTests(PostgresOutageSiloFixture fixture)
    : StoreOutageAnswerTests(fixture), IClassFixture<PostgresOutageSiloFixture>
{
    public static TheoryData<string> Failures => [.. Make.Keys];

    private static readonly Dictionary<string, Func<Exception>> Make = new()
    {
        ["57P01 admin shutdown"] = () => Server("terminating connection due to administrator command", "FATAL", "57P01"),
        ["57P02 crash shutdown"] = () => Server("terminating connection because of crash of another server process",
            "FATAL", "57P02"),
        ["57P03 cannot connect now"] = () => Server("the database system is starting up", "FATAL", "57P03"),
        ["08006 connection failure"] = () => Server("connection failure", "ERROR", "08006"),
        ["40001 serialization failure"] = () => Server("could not serialize access", "ERROR", "40001"),
        ["40P01 deadlock"] = () => Server("deadlock detected", "ERROR", "40P01"),
        ["I/O error"] = () => new NpgsqlException("Exception while reading from stream",
            new IOException("Unable to read data from the transport connection: Connection reset by peer.")),
        ["socket error"] = () => new NpgsqlException("Failed to connect to 127.0.0.1:5432",
            new SocketException((int)SocketError.ConnectionRefused)),
        ["timeout"] = () => new NpgsqlException("Exception while reading from stream",
            new TimeoutException("Timeout during reading attempt")),
        ["no primary"] = () => new NpgsqlException("No suitable host was found."),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public Task EveryEndpointFamily_TransientPostgresFailure_Answers503(string failure) =>
        AssertEveryFamilyAnswers503(Make[failure]);

    private static PostgresException Server(string message, string severity, string state) =>
        new(message, severity, severity, state);
}

/// <summary>The SQLite store's transient failures: the database busy or locked past the busy timeout.</summary>
public sealed class SqliteStoreOutageAnswerTests(SqliteOutageSiloFixture fixture)
    : StoreOutageAnswerTests(fixture), IClassFixture<SqliteOutageSiloFixture>
{
    [Theory]
    [InlineData(5, 5)] // SQLITE_BUSY
    [InlineData(6, 6)] // SQLITE_LOCKED
    [InlineData(5, 517)] // SQLITE_BUSY_SNAPSHOT
    public Task EveryEndpointFamily_SqliteBusyOrLocked_Answers503(int code, int extended) =>
        AssertEveryFamilyAnswers503(() => new SqliteException("database is locked", code, extended));
}

/// <summary>One silo on a store that can be broken (<see cref="BreakableStore"/>), its business date set.</summary>
public abstract class OutageSiloFixture : IAsyncLifetime
{
    private TestSilo? _silo;

    internal BreakableStore Store { get; } = new();

    internal TestSilo Silo => _silo ?? throw new InvalidOperationException("The fixture is not initialized.");

    protected abstract Task<string?> PostgresAsync();

    public async Task InitializeAsync()
    {
        _silo = await TestSilo.StartAsync(await PostgresAsync(), dataDirectory: null, [], Store.Wrap);
        var response = await SiloApi.PostAsync(_silo.Http, "v1/commands",
            $$"""{"type":"SetBusinessDate","id":"fixture-date","date":"{{ApiSiloFixture.BusinessDate}}"}""");
        Assert.Equal("ACCEPTED", response.Json.GetProperty("outcome").GetString());
    }

    public virtual async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}

public sealed class PostgresOutageSiloFixture : OutageSiloFixture
{
    private readonly PostgresFixture _postgres = new();

    protected override async Task<string?> PostgresAsync() => await _postgres.CreateDatabaseAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _postgres.Dispose();
    }
}

public sealed class SqliteOutageSiloFixture : OutageSiloFixture
{
    protected override Task<string?> PostgresAsync() => Task.FromResult<string?>(null);
}
