using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ledger.Domain;

/// <summary>Writes the snapshot of stream-format.md piece by piece, so that a server can stream it from its store
/// without holding the ledger in memory. The layout is fixed: sorted keys, one-space indentation, the form the
/// conformance files use, so two snapshots compare byte for byte. Text accumulates in a buffer the caller drains
/// with <see cref="TakeText"/> (writing it out is the caller's I/O).</summary>
public sealed class SnapshotWriter
{
    private readonly StringBuilder _text = new();
    private bool _firstInSection = true;
    private Section _section = Section.None;

    private enum Section
    {
        None,
        Borrowers,
        Lines,
        Orders,
    }

    public int BufferedLength => _text.Length;

    public string TakeText()
    {
        var text = _text.ToString();
        _text.Clear();
        return text;
    }

    /// <summary>Opens the snapshot and writes the account balances (ordinal by account).</summary>
    public void Begin(IEnumerable<KeyValuePair<string, long>> accounts)
    {
        _text.Append("{\n \"accounts\": ");
        var first = true;
        foreach (var (account, balance) in accounts)
        {
            _text.Append(first ? "{\n" : ",\n").Append("  ").Append(Quote(account)).Append(": ").Append(balance);
            first = false;
        }

        _text.Append(first ? "{}" : "\n }");
        BeginSection(Section.Borrowers, "borrowers");
    }

    public void Borrower(Borrower borrower)
    {
        Item(Section.Borrowers, borrower.Id);
        Field("exposure", borrower.ExposureMinor, first: true);
        Field("frozen", borrower.Frozen ? "true" : "false");
        Field("limit", borrower.LimitMinor);
        EndItem();
    }

    /// <summary>Closes the borrowers, writes the business date and opens the lines.</summary>
    public void BusinessDate(DateOnly? businessDate)
    {
        EndSection(Section.Borrowers);
        _text.Append(",\n \"businessDate\": ")
            .Append(businessDate is { } d ? Quote(Values.FormatDate(d)) : "null");
        BeginSection(Section.Lines, "lines");
    }

    public void Line(string borrowerId, CreditLine line)
    {
        Item(Section.Lines, $"{borrowerId}/{line.Id}");
        Balances(line.Balance);
        Field("principal", line.Balance.PrincipalMinor);
        Field("status", Quote(line.Status == LineStatus.Open ? "open" : "closed"));
        EndItem();
    }

    public void BeginOrders()
    {
        EndSection(Section.Lines);
        BeginSection(Section.Orders, "orders");
    }

    public void Order(string borrowerId, SupplyOrder order)
    {
        Item(Section.Orders, $"{borrowerId}/{order.Id}");
        Balances(order.Balance);
        Field("pendingTranches", order.PendingTranches);
        Field("principal", order.Balance.PrincipalMinor);
        Field("releasedTranches", order.ReleasedTranches);
        Field("status", Quote(order.Status == OrderStatus.Open ? "open" : "cancelled"));
        EndItem();
    }

    /// <summary>Closes the orders, writes the outcome counts and closes the snapshot.</summary>
    public void End(long accepted, IEnumerable<KeyValuePair<string, long>> rejectedByReason)
    {
        EndSection(Section.Orders);
        _text.Append(",\n \"outcomes\": {\n  \"accepted\": ").Append(accepted).Append(",\n  \"rejected\": ");
        var first = true;
        foreach (var (reason, count) in rejectedByReason.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _text.Append(first ? "{\n" : ",\n").Append("   ").Append(Quote(reason)).Append(": ").Append(count);
            first = false;
        }

        _text.Append(first ? "{}" : "\n  }").Append("\n }\n}\n");
    }

    private void Balances(LoanBalance balance)
    {
        Field("interest", balance.InterestMinor, first: true);
        Field("interestAccrued", balance.InterestAccruedMinor);
        Field("penalty", balance.PenaltyMinor);
        Field("penaltyAccrued", balance.PenaltyAccruedMinor);
    }

    private void BeginSection(Section section, string name)
    {
        _section = section;
        _firstInSection = true;
        _text.Append(",\n ").Append(Quote(name)).Append(": ");
    }

    private void EndSection(Section expected)
    {
        if (_section != expected)
        {
            throw new InvalidOperationException($"Snapshot sections out of order: at {_section}, not {expected}.");
        }

        _text.Append(_firstInSection ? "{}" : "\n }");
    }

    private void Item(Section section, string key)
    {
        if (_section != section)
        {
            throw new InvalidOperationException($"A {section} item written in the {_section} section.");
        }

        _text.Append(_firstInSection ? "{\n" : ",\n").Append("  ").Append(Quote(key)).Append(": {");
        _firstInSection = false;
    }

    private void EndItem() => _text.Append("\n  }");

    private void Field(string name, long value, bool first = false) =>
        Field(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture), first);

    private void Field(string name, string rawValue, bool first = false) =>
        _text.Append(first ? "\n" : ",\n").Append("   ").Append(Quote(name)).Append(": ").Append(rawValue);

    private static string Quote(string value) => $"\"{JsonEncodedText.Encode(value, JavaScriptEncoder.Default)}\"";
}
