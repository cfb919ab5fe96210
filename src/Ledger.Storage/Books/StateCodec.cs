using System.Text.Json;
using System.Text.Json.Serialization;
using Ledger.Domain;

namespace Ledger.Storage.Books;

/// <summary>Encodes grain state (the domain's borrower, line and order types) as the opaque blobs the store keeps.
/// JSON through a source-generated context: readable in the database, versionable by adding fields. The layout has
/// no version number because it has only grown by optional fields that are left out at their default (a line's or
/// order's <c>originalMaturityDate</c> and <c>extensions</c>, added with deferrals): a state written before reads
/// back the same and is written back byte for byte (<c>StateCodecTests</c>). A change that renames, removes or
/// reinterprets a field needs a version and a reader for the old layout.</summary>
public static class StateCodec
{
    public static byte[] Encode(Borrower borrower) => JsonSerializer.SerializeToUtf8Bytes(borrower, StateJson.Default.Borrower);

    public static byte[] Encode(CreditLine line) => JsonSerializer.SerializeToUtf8Bytes(line, StateJson.Default.CreditLine);

    public static byte[] Encode(SupplyOrder order) =>
        JsonSerializer.SerializeToUtf8Bytes(order, StateJson.Default.SupplyOrder);

    public static Borrower DecodeBorrower(byte[] state) =>
        JsonSerializer.Deserialize(state, StateJson.Default.Borrower) ?? throw Corrupt("borrower");

    public static CreditLine DecodeLine(byte[] state) =>
        JsonSerializer.Deserialize(state, StateJson.Default.CreditLine) ?? throw Corrupt("line");

    public static SupplyOrder DecodeOrder(byte[] state) =>
        JsonSerializer.Deserialize(state, StateJson.Default.SupplyOrder) ?? throw Corrupt("order");

    private static InvalidDataException Corrupt(string kind) => new($"A stored {kind} state decoded to null.");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Borrower))]
[JsonSerializable(typeof(CreditLine))]
[JsonSerializable(typeof(SupplyOrder))]
internal sealed partial class StateJson : JsonSerializerContext;
