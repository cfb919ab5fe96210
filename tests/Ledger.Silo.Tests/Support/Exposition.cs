using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger.Silo.Tests.Support;

/// <summary>A strict reader of the Prometheus text format 0.0.4, enough for the metrics tests: every line is a
/// <c># HELP</c>, a <c># TYPE</c> or a sample; every sample belongs to a family declared (HELP or TYPE, in either
/// order) before it, a histogram's samples being its <c>_bucket</c>, <c>_sum</c> and <c>_count</c> series; a family is
/// declared once.</summary>
internal static partial class Exposition
{
    public static IReadOnlyDictionary<string, MetricFamily> Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var families = new Dictionary<string, MetricFamily>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (HelpLine().Match(line) is { Success: true } help)
            {
                Assert.True(declared.Add("HELP " + help.Groups[1].Value), $"HELP given twice: {line}");
                Family(families, help.Groups[1].Value);
            }
            else if (TypeLine().Match(line) is { Success: true } type)
            {
                Assert.True(declared.Add("TYPE " + type.Groups[1].Value), $"TYPE given twice: {line}");
                Family(families, type.Groups[1].Value).Type = type.Groups[2].Value;
            }
            else
            {
                var sample = SampleLine().Match(line);
                Assert.True(sample.Success, $"Not a line of the text format: {line}");
                var (family, series) = FamilyOf(families, sample.Groups[1].Value, line);
                family.Samples.Add(new MetricSample(series, Labels(sample.Groups[2].Value),
                    double.Parse(sample.Groups[3].Value, NumberStyles.Float, CultureInfo.InvariantCulture)));
            }
        }

        foreach (var (name, family) in families)
        {
            Assert.True(family.Type is not null, $"Family {name} has no TYPE line.");
        }

        return families;
    }

    private static MetricFamily Family(Dictionary<string, MetricFamily> families, string name)
    {
        if (!families.TryGetValue(name, out var family))
        {
            family = new MetricFamily(name);
            families.Add(name, family);
        }

        return family;
    }

    /// <summary>The family a sample belongs to: its own name, or for a histogram's series the name without
    /// <c>_bucket</c>, <c>_sum</c> or <c>_count</c>.</summary>
    private static (MetricFamily Family, string Series) FamilyOf(Dictionary<string, MetricFamily> families,
        string name, string line)
    {
        if (families.TryGetValue(name, out var own) && own.Type is not "histogram")
        {
            return (own, string.Empty);
        }

        foreach (var suffix in (string[])["_bucket", "_sum", "_count"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal)
                && families.TryGetValue(name[..^suffix.Length], out var histogram) && histogram.Type == "histogram")
            {
                return (histogram, suffix[1..]);
            }
        }

        Assert.Fail($"A sample of no declared family: {line}");
        throw new System.Diagnostics.UnreachableException();
    }

    private static Dictionary<string, string> Labels(string text)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match pair in LabelPair().Matches(text))
        {
            Assert.True(labels.TryAdd(pair.Groups[1].Value, Regex.Unescape(pair.Groups[2].Value)),
                $"Label {pair.Groups[1].Value} given twice: {text}");
        }

        return labels;
    }

    [GeneratedRegex(@"^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .*$")]
    private static partial Regex HelpLine();

    [GeneratedRegex(@"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$")]
    private static partial Regex TypeLine();

    [GeneratedRegex(
        """^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*)\})? (\S+)( -?\d+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}

internal sealed class MetricFamily(string name)
{
    public string Name { get; } = name;

    public string? Type { get; set; }

    public List<MetricSample> Samples { get; } = [];

    /// <summary>The value of a family with one sample (each of the ledger's gauges and counters has one per silo).
    /// </summary>
    public double Value => Assert.Single(Samples).Value;

    /// <summary>A histogram's count (its <c>_count</c> samples added up).</summary>
    public double Count => Samples.Where(s => s.Series == "count").Sum(s => s.Value);

    /// <summary>A histogram's sum (its <c>_sum</c> samples added up).</summary>
    public double Sum => Samples.Where(s => s.Series == "sum").Sum(s => s.Value);
}

/// <summary>One sample; <paramref name="Series"/> is <c>bucket</c>, <c>sum</c> or <c>count</c> for a histogram's,
/// empty otherwise.</summary>
internal sealed record MetricSample(string Series, IReadOnlyDictionary<string, string> Labels, double Value);
