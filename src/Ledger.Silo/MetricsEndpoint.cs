using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Ledger.Silo;

/// <summary><c>GET /metrics</c>: the silo's meter in the Prometheus text exposition format, collected afresh on
/// each scrape. It wants an operator key unless the silo runs with <c>metricsAnonymous=true</c> (see
/// <c>SiloHost</c>).</summary>
internal static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void Map(WebApplication app) =>
        app.MapGet(Path, (SiloMetrics metrics) =>
                Results.Text(PrometheusText.Write(PrometheusText.Collect(metrics.Meter)), PrometheusText.ContentType))
            .WithName("Metrics").WithSummary("This silo's metrics in the Prometheus text format 0.0.4.")
            .RequireOperatorKey();
}

/// <summary>The Prometheus text exposition format (version 0.0.4), written by hand for the few observable
/// instruments of one meter: dots in names become underscores, a counter's name ends in <c>_total</c>, a unit
/// of seconds adds <c>_seconds</c> (annotation units such as <c>{partition}</c> add nothing), and measurement
/// tags become labels.</summary>
internal static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>One measurement of an instrument, its value already in the format's notation.</summary>
    public sealed record Sample(Instrument Instrument, string Value, KeyValuePair<string, object?>[] Tags);

    /// <summary>Runs the callbacks of every observable instrument of <paramref name="meter"/> (that meter object
    /// only: silos sharing a process each have a meter of the same name) and returns what they measured. A
    /// listener of its own per call keeps concurrent scrapes apart.</summary>
    public static IReadOnlyList<Sample> Collect(Meter meter)
    {
        var samples = new List<Sample>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            samples.Add(new Sample(instrument, value.ToString(CultureInfo.InvariantCulture), tags.ToArray())));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
            samples.Add(new Sample(instrument, value.ToString(CultureInfo.InvariantCulture), tags.ToArray())));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            samples.Add(new Sample(instrument, FormatDouble(value), tags.ToArray())));
        listener.Start();
        listener.RecordObservableInstruments();
        return samples;
    }

    /// <summary>Writes samples grouped by instrument (in the order they were measured), each group under its
    /// <c># HELP</c> and <c># TYPE</c> lines.</summary>
    public static string Write(IReadOnlyList<Sample> samples)
    {
        var text = new StringBuilder();
        foreach (var family in samples.GroupBy(s => s.Instrument))
        {
            var instrument = family.Key;
            var counter = IsCounter(instrument);
            var name = MetricName(instrument, counter);
            text.Append("# HELP ").Append(name).Append(' ')
                .Append(EscapeHelp(instrument.Description ?? instrument.Name)).Append('\n');
            text.Append("# TYPE ").Append(name).Append(counter ? " counter" : " gauge").Append('\n');
            foreach (var sample in family)
            {
                text.Append(name);
                AppendLabels(text, sample.Tags);
                text.Append(' ').Append(sample.Value).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsCounter(Instrument instrument) =>
        instrument.GetType() is { IsGenericType: true } type
        && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(ObservableCounter<>) || definition == typeof(Counter<>));

    private static string MetricName(Instrument instrument, bool counter)
    {
        var name = Sanitize(instrument.Name, allowColon: true);
        if (instrument.Unit == "s" && !name.EndsWith("_seconds", StringComparison.Ordinal))
        {
            name += "_seconds";
        }
        else if (instrument.Unit == "By" && !name.EndsWith("_bytes", StringComparison.Ordinal))
        {
            name += "_bytes";
        }

        return counter && !name.EndsWith("_total", StringComparison.Ordinal) ? name + "_total" : name;
    }

    private static void AppendLabels(StringBuilder text, KeyValuePair<string, object?>[] tags)
    {
        if (tags.Length == 0)
        {
            return;
        }

        text.Append('{');
        for (var i = 0; i < tags.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(Sanitize(tags[i].Key, allowColon: false)).Append("=\"")
                .Append(EscapeLabelValue(Convert.ToString(tags[i].Value, CultureInfo.InvariantCulture) ?? string.Empty))
                .Append('"');
        }

        text.Append('}');
    }

    /// <summary>Metric names match <c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>, label names the same without colons: any
    /// other character becomes an underscore, and a leading digit gets one in front.</summary>
    private static string Sanitize(string name, bool allowColon)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':') ? c : '_');
        var sanitized = new string([.. chars]);
        return sanitized.Length == 0 || char.IsAsciiDigit(sanitized[0]) ? "_" + sanitized : sanitized;
    }

    private static string EscapeHelp(string help) =>
        help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string EscapeLabelValue(string value) =>
        EscapeHelp(value).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string FormatDouble(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
