using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;

namespace Ledger.Grains.Tests.Activations;

/// <summary>Records the silo's HTTP API has parsed reach a borrower grain in the same silo with that parse
/// (<see cref="RecordParses"/>): the grain decides it without parsing the record again. A grain in another silo gets
/// the text alone and parses it.</summary>
[Collection(SharedClusterCollection.Name)]
public sealed class RecordParsesTests(SharedClusterFixture fixture)
{
    private static int s_borrowers;

    private readonly string _borrower = $"RP{Interlocked.Increment(ref s_borrowers)}";

    [Fact]
    public async Task SubmitRecords_FromTheGrainsOwnSilo_DecidesTheParseKeptForTheRecord()
    {
        var (home, _) = await SilosAsync();
        // The text is not a record at all: only the parse kept for it can be decided, and it is, so the grain did not
        // parse the text.
        var record = fixture.Cluster.ServicesOf(home).Parses.Remember(new string("not a record"),
            CommandParser.Parse(OpenBorrower("p1")));

        var results = await GrainReferences.Get<IBorrowerGrain>(fixture.Cluster.GrainFactoryOf(home), _borrower)
            .SubmitRecordsAsync([record]);

        Assert.Equal(CommandStatus.Decided, results[0].Status);
        Assert.Equal("ACCEPTED", results[0].Outcome);
    }

    [Fact]
    public async Task SubmitRecords_FromAnotherSilo_ParsesTheText()
    {
        var (_, elsewhere) = await SilosAsync();
        var parses = fixture.Cluster.ServicesOf(elsewhere).Parses;
        var malformed = parses.Remember(new string("not a record"), CommandParser.Parse(OpenBorrower("p1")));
        var wellFormed = parses.Remember(OpenBorrower("p2"), CommandParser.Parse(OpenBorrower("p2")));

        var results = await GrainReferences.Get<IBorrowerGrain>(fixture.Cluster.GrainFactoryOf(elsewhere), _borrower)
            .SubmitRecordsAsync([malformed, wellFormed]);

        // Serialized between silos, the records arrive as new strings: the grain parses their text.
        Assert.Equal(CommandStatus.Malformed, results[0].Status);
        Assert.Equal(CommandStatus.Decided, results[1].Status);
        Assert.Equal("ACCEPTED", results[1].Outcome);
    }

    [Fact]
    public async Task SubmitRecords_ParseKeptOfAnotherBorrowersRecord_RefusesTheCall()
    {
        var (home, _) = await SilosAsync();
        var other = OpenBorrower("p1").Replace(_borrower, _borrower + "x", StringComparison.Ordinal);
        var record = fixture.Cluster.ServicesOf(home).Parses.Remember(other, CommandParser.Parse(other));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            GrainReferences.Get<IBorrowerGrain>(fixture.Cluster.GrainFactoryOf(home), _borrower)
                .SubmitRecordsAsync([record]));
    }

    /// <summary>The silo the test's borrower grain is active on, and another silo.</summary>
    private async Task<(SiloAddress Home, SiloAddress Elsewhere)> SilosAsync()
    {
        var cluster = fixture.Cluster;
        var borrower = cluster.Client.GetGrain<IBorrowerGrain>(_borrower);
        Assert.Null(await borrower.GetAsync());
        var home = cluster.SiloOf(borrower) ?? throw new InvalidOperationException("The grain is not active.");
        return (home, cluster.SiloAddresses.First(s => !s.Equals(home)));
    }

    private string OpenBorrower(string id) =>
        $$"""{"type":"OpenBorrower","id":"{{id}}","borrower":"{{_borrower}}","limit":1000000}""";
}
