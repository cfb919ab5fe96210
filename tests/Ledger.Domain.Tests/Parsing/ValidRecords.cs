using System.Text.Json.Nodes;
using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Parsing;

/// <summary>One valid record of every command type, every field present (optional ones included), as the base
/// that the parser tests break one field at a time.</summary>
internal static class ValidRecords
{
    /// <summary>Whether a record of <paramref name="type"/> may leave <paramref name="field"/> out: a line's
    /// maturity defaults to its expiry; an order's maturity is required.</summary>
    public static bool IsOptional(string type, string field) =>
        field is "dayCount" or "penaltyMultiplier" || (type, field) is ("OpenCreditLine", "maturityDate");

    public static readonly IReadOnlyDictionary<string, JsonObject> ByType = new Dictionary<string, JsonObject>
    {
        ["SetBusinessDate"] = Records.Of("SetBusinessDate", "c1", ("date", "2024-03-01")),
        ["EndOfDay"] = Records.Of("EndOfDay", "c1", ("date", "2024-03-01")),
        ["OpenBorrower"] = Records.Of("OpenBorrower", "c1", ("borrower", "B1"), ("limit", 50_000_000)),
        ["SetBorrowerLimit"] = Records.Of("SetBorrowerLimit", "c1", ("borrower", "B1"), ("limit", 50_000_000)),
        ["FreezeBorrower"] = Records.Of("FreezeBorrower", "c1", ("borrower", "B1")),
        ["UnfreezeBorrower"] = Records.Of("UnfreezeBorrower", "c1", ("borrower", "B1")),
        ["OpenCreditLine"] = Records.Of("OpenCreditLine", "c1", ("borrower", "B1"), ("line", "L1"),
            ("limit", 20_000_000), ("rate", "0.0395"), ("expiryDate", "2025-02-28"), ("maturityDate", "2025-03-31"),
            ("dayCount", "ACT/365"), ("penaltyMultiplier", "2")),
        ["Draw"] = Records.Of("Draw", "c1", ("borrower", "B1"), ("line", "L1"), ("amount", 1_500_000)),
        ["Repay"] = Records.Of("Repay", "c1", ("borrower", "B1"), ("line", "L1"), ("amount", 1_500_000)),
        ["ChangeRate"] = Records.Of("ChangeRate", "c1", ("borrower", "B1"), ("line", "L1"), ("rate", "0.035"),
            ("effectiveDate", "2024-04-01")),
        ["CloseLine"] = Records.Of("CloseLine", "c1", ("borrower", "B1"), ("line", "L1")),
        ["OpenOrder"] = Records.Of("OpenOrder", "c1", ("borrower", "B1"), ("order", "O1"), ("supplier", "FEED0"),
            ("rate", "0.086"), ("maturityDate", "2024-04-30"),
            ("tranches", Records.Tranches([Records.Tranche(2_000_000), Records.Tranche(2_000_000, "2024-03-08")])),
            ("dayCount", "ACT/360"), ("penaltyMultiplier", "1.5")),
        ["ReleaseTranche"] = Records.Of("ReleaseTranche", "c1", ("borrower", "B1"), ("order", "O1"), ("tranche", 1)),
        ["RepayOrder"] = Records.Of("RepayOrder", "c1", ("borrower", "B1"), ("order", "O1"), ("amount", 2_000_000)),
        ["CancelOrder"] = Records.Of("CancelOrder", "c1", ("borrower", "B1"), ("order", "O1")),
        ["ExtendLine"] = Records.Of("ExtendLine", "c1", ("borrower", "B1"), ("line", "L1"),
            ("maturityDate", "2025-06-30")),
        ["ExtendOrder"] = Records.Of("ExtendOrder", "c1", ("borrower", "B1"), ("order", "O1"),
            ("maturityDate", "2024-06-30")),
    };

    public static JsonObject Of(string type) => ByType[type].Copy();

    /// <summary>Every (type, field) pair of the base records, the command id aside.</summary>
    public static IEnumerable<(string Type, string Field, JsonNode Value)> Fields() =>
        from pair in ByType
        from field in pair.Value
        where field.Key != "id"
        select (pair.Key, field.Key, field.Value!);
}
