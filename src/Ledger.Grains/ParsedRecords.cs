using Ledger.Domain;
using Ledger.GrainInterfaces;

namespace Ledger.Grains;

/// <summary>A stream record on its way from the silo's HTTP API to its borrower grain, with the parse the API made of
/// it to check its shape and find its borrower. Only <see cref="Text"/> is serialized: a call to a grain in another
/// silo carries the text, and that grain parses it. Within one silo Orleans passes an <c>[Immutable]</c> argument
/// without copying it, so the grain decides the command the API parsed and does not parse the record a second time
/// (measured: the parser was 7.7 % of a silo's CPU with one HTTP command per request, two parses a command).
/// </summary>
[GenerateSerializer, Immutable, Alias("ledger.ParsedRecord")]
public sealed class ParsedRecord
{
    /// <summary>The record's JSON text, as sent.</summary>
    [Id(0)]
    public required string Text { get; init; }

    /// <summary>What <see cref="CommandParser"/> made of <see cref="Text"/>; null once the record has crossed a
    /// process boundary (it is not serialized).</summary>
    [NonSerialized]
    private ParseResult? _parsed;

    /// <summary>A record with the parse <see cref="CommandParser.Parse(string)"/> made of <paramref name="text"/>
    /// (or of its UTF-8 bytes).</summary>
    public static ParsedRecord Of(string text, ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parsed);
        return new ParsedRecord { Text = text, _parsed = parsed };
    }

    /// <summary>The record's parse: the one it came with, or the parser's now.</summary>
    internal ParseResult Parse() => _parsed ?? CommandParser.Parse(Text);

    /// <summary>Whether the record still carries the parse it was made with (tests).</summary>
    internal bool CarriesParse => _parsed is not null;
}

/// <summary>The silo's own way into a borrower grain (<see cref="BorrowerGrain"/>): records the HTTP API has parsed
/// already. Not on the interfaces front-ends reference: a front-end sends text
/// (<see cref="IBorrowerGrain.SubmitRecordsAsync"/>), which the grain parses.</summary>
[Alias("ledger.IBorrowerRecordsGrain")]
public interface IBorrowerRecordsGrain : IGrainWithStringKey
{
    /// <summary>As <see cref="IBorrowerGrain.SubmitRecordsAsync"/>, for records that carry their parse.</summary>
    [Alias("SubmitParsed")]
    Task<IReadOnlyList<CommandResult>> SubmitParsedAsync(IReadOnlyList<ParsedRecord> records);
}
