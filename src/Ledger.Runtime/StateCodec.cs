using System.Text.Json;
using System.Text.Json.Serialization;
using Ledger.Domain;

namespace Ledger.Runtime;

/// <summary>Encodes grain state (the domain's borrower, line and order types) as the opaque blobs the store keeps.
/// JSON through a source-generated context: readable in the database, versionable by adding fields.</summary>
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
