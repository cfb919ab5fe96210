using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;

namespace Ledger.Grains.Tests.Activations;

/// <summary>Records the silo's HTTP API has parsed reach their borrower grain with that parse
/// (<see cref="ParsedRecord"/>): a grain in the same silo decides it without parsing the record again; a grain in
/// another silo gets the text alone and parses it.</summary>
[Collection(SharedClusterCollection.Name)]
public sealed class ParsedRecordTests(SharedClusterFixture fixture)
{
    private static int s_borrowers;

    private readonly string _borrower = $"PR{Interlocked.Increment(ref s_borrowers)}";

    [Fact]
    public async Task SubmitParsed_FromTheGrainsOwnSilo_DecidesTheParseItCarries()
    {
        var (local, _) = await FactoriesAsync();
        // The text is not a record at all: only the parse it carries can be decided, and it is, so the grain did
        // not parse the text.
        var record = ParsedRecord.Of("not a record", CommandParser.Parse(OpenBorrower("p1")));

        var results = await GrainReferences.Get<IBorrowerRecordsGrain>(local, _borrower).SubmitParsedAsync([record]);

        Assert.Equal(CommandStatus.Decided, results[0].Status);
        Assert.Equal("ACCEPTED", results[0].Outcome);
    }

    [Fact]
    public async Task SubmitParsed_FromAnotherSilo_ParsesTheTextItCarries()
    {
        var (_, remote) = await FactoriesAsync();
        var malformed = ParsedRecord.Of("not a record", CommandParser.Parse(OpenBorrower("p1")));
        var wellFormed = ParsedRecord.Of(OpenBorrower("p2"), CommandParser.Parse(OpenBorrower("p2")));

        var results = await GrainReferences.Get<IBorrowerRecordsGrain>(remote, _borrower)
            .SubmitParsedAsync([malformed, wellFormed]);

        // Serialized between silos, the parse stays behind: the grain parses the text.
        Assert.Equal(CommandStatus.Malformed, results[0].Status);
        Assert.Equal(CommandStatus.Decided, results[1].Status);
        Assert.Equal("ACCEPTED", results[1].Outcome);
    }

    [Fact]
    public async Task SubmitParsed_RecordOfAnotherBorrower_RefusesTheCall()
    {
        var (local, _) = await FactoriesAsync();
        var other = OpenBorrower("p1").Replace(_borrower, _borrower + "x", StringComparison.Ordinal);

        await Assert.ThrowsAsync<ArgumentException>(() => GrainReferences.Get<IBorrowerRecordsGrain>(local, _borrower)
            .SubmitParsedAsync([ParsedRecord.Of(other, CommandParser.Parse(other))]));
    }

    /// <summary>The grain factory of the silo the test's borrower grain is active on, and of another silo.</summary>
    private async Task<(IGrainFactory Local, IGrainFactory Remote)> FactoriesAsync()
    {
        var cluster = fixture.Cluster;
        var borrower = cluster.Client.GetGrain<IBorrowerGrain>(_borrower);
        Assert.Null(await borrower.GetAsync());
        var home = cluster.SiloOf(borrower) ?? throw new InvalidOperationException("The grain is not active.");
        var elsewhere = cluster.SiloAddresses.First(s => !s.Equals(home));
        return (cluster.GrainFactoryOf(home), cluster.GrainFactoryOf(elsewhere));
    }

    private string OpenBorrower(string id) =>
        $$"""{"type":"OpenBorrower","id":"{{id}}","borrower":"{{_borrower}}","limit":1000000}""";
}
