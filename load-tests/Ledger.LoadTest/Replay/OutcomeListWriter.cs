using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ledger.LoadTest.Replay;

/// <summary>Writes the outcome list of stream-format.md: one JSON object per stream line, in stream order, in the
/// layout of the conformance files.</summary>
internal static class OutcomeListWriter
{
    public const string Malformed = "MALFORMED";

    public static string Format(long lineNumber, string? id, string outcome)
    {
        var idText = id is null ? "null" : $"\"{JsonEncodedText.Encode(id, JavaScriptEncoder.Default)}\"";
        return $"{{\"line\": {lineNumber}, \"id\": {idText}, \"outcome\": \"{outcome}\"}}";
    }
}
