using System.Text;
using Ledger.LoadTest.Replay;

namespace Ledger.Domain.Tests.Conformance;

/// <summary>The conformance streams (../shared/streams) replayed through the dry-run path of the replay tool must
/// give exactly their outcome list and snapshot.</summary>
public sealed class ConformanceStreamTests
{
    public static TheoryData<string> Streams => new(StreamFiles.Names);

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task DryRunReplay_ConformanceStream_MatchesOutcomesAndSnapshotByteForByte(string name)
    {
        await using var target = new DryRunTarget();
        using var outcomes = new StringWriter { NewLine = "\n" };
        using var stream = new StreamReader(StreamFiles.Path($"{name}.jsonl"), Encoding.UTF8);

        var summary = await new StreamReplayer(target, outcomes, TextWriter.Null)
            .ReplayAsync(stream, CancellationToken.None);
        var snapshot = await target.GetSnapshotAsync(CancellationToken.None);

        StreamFiles.AssertSameBytes($"{name}.outcomes.jsonl", outcomes.ToString());
        StreamFiles.AssertSameBytes($"{name}.snapshot.json", snapshot);
        Assert.Equal(File.ReadLines(StreamFiles.Path($"{name}.jsonl")).LongCount(), summary.Records);
    }
}

/// <summary>The conformance files, copied next to the test assembly under <c>streams/</c>.</summary>
internal static class StreamFiles
{
    public static readonly string[] Names =
        ["edge-rounding", "mixed-small", "seed-ccb-deferral", "seed-ccb-quickloan", "seed-jd-broiler", "strict-fields"];

    public static string Path(string fileName) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "streams", fileName);

    /// <summary>Compares as text first (for a readable difference), then as UTF-8 bytes without a BOM.</summary>
    public static void AssertSameBytes(string expectedFile, string actual)
    {
        var expected = File.ReadAllBytes(Path(expectedFile));
        Assert.Equal(Encoding.UTF8.GetString(expected), actual);
        Assert.Equal(expected, new UTF8Encoding(false).GetBytes(actual));
    }
}
