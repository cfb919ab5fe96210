using Ledger.Grains.Tests.Support;
using Ledger.Testing;

namespace Ledger.Grains.Tests.Conformance;

/// <summary>The conformance streams replayed through the grain interfaces into a fresh cluster give exactly their
/// outcome list and snapshot, byte for byte: through each borrower's records in one call, and through the typed
/// methods of the borrower, credit line and order grains.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConformanceTests(PostgresFixture postgres)
{
    public static TheoryData<string, ReplayPath> Streams => new()
    {
        { "edge-rounding", ReplayPath.Records },
        { "mixed-small", ReplayPath.Records },
        { "seed-ccb-deferral", ReplayPath.Records },
        { "seed-ccb-quickloan", ReplayPath.Records },
        { "seed-jd-broiler", ReplayPath.Records },
        { "strict-fields", ReplayPath.Records },
        // The typed methods on the streams that use every command type (and the line and order grains).
        { "mixed-small", ReplayPath.Typed },
        { "seed-jd-broiler", ReplayPath.Typed },
        { "seed-ccb-deferral", ReplayPath.Typed },
    };

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Replay_ConformanceStreamOnThreeSilos_MatchesOutcomesAndSnapshot(string name, ReplayPath path)
    {
        await using var cluster = await GrainCluster.StartPostgresAsync(await postgres.CreateDatabaseAsync());

        var outcomes = await GrainReplay.ReplayAsync(cluster.Client, name, path);

        StreamFiles.AssertSameBytes($"{name}.outcomes.jsonl", outcomes);
        StreamFiles.AssertSameBytes($"{name}.snapshot.json", await cluster.SnapshotAsync());
    }

    [Fact]
    public async Task Replay_SameStreamTwice_AnswersEveryIdAsRecordedAndChangesNothing()
    {
        await using var cluster = await GrainCluster.StartPostgresAsync(await postgres.CreateDatabaseAsync());
        await GrainReplay.ReplayAsync(cluster.Client, "seed-jd-broiler", ReplayPath.Records);
        var snapshot = await cluster.SnapshotAsync();

        var again = await GrainReplay.ReplayAsync(cluster.Client, "seed-jd-broiler", ReplayPath.Typed);

        StreamFiles.AssertSameBytes("seed-jd-broiler.outcomes.jsonl", again);
        Assert.Equal(snapshot, await cluster.SnapshotAsync());
    }
}

/// <summary>The same on the embedded store, one silo (as the embedded silo runs alone).</summary>
public sealed class SqliteConformanceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-grains-").FullName;

    /// <summary>All but seed-ccb-quickloan, whose 181 end of days on one embedded silo add a minute and nothing the
    /// PostgreSQL cluster does not cover.</summary>
    public static TheoryData<string> Streams => new(StreamFiles.Names.Where(n => n != "seed-ccb-quickloan"));

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Replay_ConformanceStreamOnTheEmbeddedStore_MatchesOutcomesAndSnapshot(string name)
    {
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, $"{name}.db"));

        var outcomes = await GrainReplay.ReplayAsync(cluster.Client, name, ReplayPath.Records);

        StreamFiles.AssertSameBytes($"{name}.outcomes.jsonl", outcomes);
        StreamFiles.AssertSameBytes($"{name}.snapshot.json", await cluster.SnapshotAsync());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
