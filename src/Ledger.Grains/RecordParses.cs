using System.Runtime.CompilerServices;
using Ledger.Domain;

namespace Ledger.Grains;

/// <summary>The parses the silo's HTTP API made of the records it sends to borrower grains, so that a grain in this
/// silo decides the command without parsing its record a second time (measured: the parser was 7.7 % of a silo's CPU
/// with one HTTP command per request, two parses a command). A parse is kept for the very string the API sends, by
/// reference and weakly: within one silo Orleans passes a string argument without copying it, so the grain finds it;
/// a call that crossed to another silo, or came from a client, carries a new string, which the grain parses. The
/// grain interfaces stay as they are, so silos of the previous release still take the API's calls during a rolling
/// upgrade.</summary>
public sealed class RecordParses
{
    private readonly ConditionalWeakTable<string, ParseResult> _parses = new();

    /// <summary>Keeps <paramref name="parsed"/>, the parser's result for <paramref name="record"/>, for this string
    /// instance, and returns the string to send.</summary>
    public string Remember(string record, ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(parsed);
        _parses.AddOrUpdate(record, parsed);
        return record;
    }

    /// <summary>The parse kept for this very string, or the parser's now.</summary>
    internal ParseResult Parse(string record) =>
        _parses.TryGetValue(record, out var parsed) ? parsed : CommandParser.Parse(record);
}
