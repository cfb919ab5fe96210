using System.Text;
using Xunit;

namespace Ledger.Testing;

/// <summary>The conformance files of tests/streams, copied next to the test assembly under <c>streams/</c> (by the
/// test project: <c>&lt;None Include="../streams/**" LinkBase="streams" .../&gt;</c>).</summary>
public static class StreamFiles
{
    public static readonly string[] Names =
        ["edge-rounding", "mixed-small", "seed-ccb-deferral", "seed-ccb-quickloan", "seed-jd-broiler", "strict-fields"];

    public static string Path(string fileName) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "streams", fileName);

    public static string Stream(string name) => Path($"{name}.jsonl");

    public static string ExpectedOutcomes(string name) => File.ReadAllText(Path($"{name}.outcomes.jsonl"));

    public static string ExpectedSnapshot(string name) => File.ReadAllText(Path($"{name}.snapshot.json"));

    /// <summary>Compares as text first (for a readable difference), then as UTF-8 bytes without a BOM.</summary>
    public static void AssertSameBytes(string expectedFile, string actual)
    {
        var expected = File.ReadAllBytes(Path(expectedFile));
        Assert.Equal(Encoding.UTF8.GetString(expected), actual);
        Assert.Equal(expected, new UTF8Encoding(false).GetBytes(actual));
    }
}
