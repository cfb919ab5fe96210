using System.Text;

namespace Ledger.Cluster.Tests.Support;

/// <summary>The conformance files of tests/streams, copied next to the test assembly under <c>streams/</c>.</summary>
internal static class StreamFiles
{
    public static readonly string[] Names =
        ["edge-rounding", "mixed-small", "seed-ccb-deferral", "seed-ccb-quickloan", "seed-jd-broiler"];

    public static string Path(string fileName) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "streams", fileName);

    public static string Stream(string name) => Path($"{name}.jsonl");

    /// <summary>Compares as text first (for a readable difference), then as UTF-8 bytes without a BOM.</summary>
    public static void AssertSameBytes(string expectedFile, string actual)
    {
        var expected = File.ReadAllBytes(Path(expectedFile));
        Assert.Equal(Encoding.UTF8.GetString(expected), actual);
        Assert.Equal(expected, new UTF8Encoding(false).GetBytes(actual));
    }
}
