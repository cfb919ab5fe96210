namespace Ledger.Client;

/// <summary>The ledger's two kinds of bearer key, as tools find them in their environment. A client key
/// (<c>LEDGER_API_KEY</c>) sends borrower commands and reads; an operator key (<c>LEDGER_OPERATOR_KEY</c>) may do
/// all of that and also send the ledger-scope commands (<c>SetBusinessDate</c>, <c>EndOfDay</c>), drain silos, and
/// read the snapshot, the ledger-wide journal and audit, and the metrics.</summary>
public static class LedgerKeys
{
    /// <summary>The environment variable holding a client key.</summary>
    public const string ClientVariable = "LEDGER_API_KEY";

    /// <summary>The environment variable holding an operator key.</summary>
    public const string OperatorVariable = "LEDGER_OPERATOR_KEY";

    /// <summary>The key a tool sends: <c>LEDGER_OPERATOR_KEY</c> when it is set, else <c>LEDGER_API_KEY</c>, else
    /// null. A variable holding several keys separated by commas (as a silo accepts) gives its first.</summary>
    public static string? FromEnvironment()
    {
        foreach (var variable in new[] { OperatorVariable, ClientVariable })
        {
            var value = Environment.GetEnvironmentVariable(variable);
            var first = value?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .FirstOrDefault();
            if (first is not null)
            {
                return first;
            }
        }

        return null;
    }
}
