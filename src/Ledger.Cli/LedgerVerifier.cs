using System.Text.Json;

namespace Ledger.Cli;

/// <summary>Re-adds the whole journal and checks it against every balance the ledger reports (semantics §6):
/// every entry balances; account classes equal the snapshot's accounts; each entity's principal, interest and
/// penalty (owed and accrued) equal its own postings; loan-principal equals the sum of principals; each
/// borrower's exposure equals the sum over its entities; entry numbers run 1..n per borrower.</summary>
internal sealed class LedgerVerifier
{
    private readonly Dictionary<string, long> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntitySums> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _lastEntry = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private (string Borrower, long Entry) _openEntry = (string.Empty, 0);
    private long _openEntrySum;
    private long _postings;
    private long _entries;

    public IReadOnlyList<string> Problems => _problems;

    public long Postings => _postings;

    public long Entries => _entries;

    /// <summary>Adds one posting (a line of <c>GET /v1/journal</c>); postings arrive ordered by borrower, entry,
    /// posting number.</summary>
    public void AddPosting(string borrower, long entry, string entityKind, string entity, string account, long amount)
    {
        if ((borrower, entry) != _openEntry)
        {
            CloseEntry();
            _openEntry = (borrower, entry);
            _entries++;
            var expected = _lastEntry.GetValueOrDefault(borrower) + 1;
            if (entry != expected)
            {
                Problem($"{borrower}: journal entry {entry} follows {expected - 1} (gap or repeat)");
            }

            _lastEntry[borrower] = entry;
        }

        _postings++;
        _openEntrySum += amount;
        _accounts[account] = _accounts.GetValueOrDefault(account) + amount;
        var key = $"{entityKind}:{borrower}/{entity}";
        if (!_entities.TryGetValue(key, out var sums))
        {
            _entities[key] = sums = new EntitySums();
        }

        switch (account)
        {
            case "loan-principal": sums.Principal += amount; break;
            case "interest-receivable": sums.Interest += amount; break;
            case "penalty-receivable": sums.Penalty += amount; break;
            case "interest-income": sums.InterestAccrued -= amount; break;
            case "penalty-income": sums.PenaltyAccrued -= amount; break;
            default: break;
        }
    }

    /// <summary>Compares the re-added journal with the snapshot; returns true when everything agrees.</summary>
    public bool CheckAgainst(JsonElement snapshot)
    {
        CloseEntry();
        var debits = _accounts.Values.Where(v => v > 0).Sum();
        var credits = -_accounts.Values.Where(v => v < 0).Sum();
        if (debits != credits)
        {
            Problem($"debits {debits} differ from credits {credits}");
        }

        CheckAccounts(snapshot.GetProperty("accounts"));
        var principals = CheckEntities(snapshot.GetProperty("lines"), "line")
            + CheckEntities(snapshot.GetProperty("orders"), "order");
        if (_accounts.GetValueOrDefault("loan-principal") != principals)
        {
            Problem($"loan-principal is {_accounts.GetValueOrDefault("loan-principal")}, principals sum to {principals}");
        }

        CheckExposures(snapshot);
        return _problems.Count == 0;
    }

    private void CheckAccounts(JsonElement accounts)
    {
        var reported = accounts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
        foreach (var name in reported.Keys.Union(_accounts.Keys))
        {
            var fromJournal = _accounts.GetValueOrDefault(name);
            if (reported.GetValueOrDefault(name) != fromJournal)
            {
                Problem($"account {name}: the ledger reports {reported.GetValueOrDefault(name)}, " +
                    $"the journal adds up to {fromJournal}");
            }
        }
    }

    private long CheckEntities(JsonElement entities, string kind)
    {
        long principals = 0;
        foreach (var entity in entities.EnumerateObject())
        {
            var sums = _entities.GetValueOrDefault($"{kind}:{entity.Name}") ?? new EntitySums();
            var v = entity.Value;
            Compare(entity.Name, "principal", v.GetProperty("principal").GetInt64(), sums.Principal);
            Compare(entity.Name, "interest", v.GetProperty("interest").GetInt64(), sums.Interest);
            Compare(entity.Name, "penalty", v.GetProperty("penalty").GetInt64(), sums.Penalty);
            Compare(entity.Name, "interestAccrued", v.GetProperty("interestAccrued").GetInt64(), sums.InterestAccrued);
            Compare(entity.Name, "penaltyAccrued", v.GetProperty("penaltyAccrued").GetInt64(), sums.PenaltyAccrued);
            principals += v.GetProperty("principal").GetInt64();
        }

        return principals;
    }

    private void CheckExposures(JsonElement snapshot)
    {
        var byBorrower = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var section in new[] { "lines", "orders" })
        {
            foreach (var entity in snapshot.GetProperty(section).EnumerateObject())
            {
                var borrower = entity.Name[..entity.Name.IndexOf('/', StringComparison.Ordinal)];
                byBorrower[borrower] = byBorrower.GetValueOrDefault(borrower)
                    + entity.Value.GetProperty("principal").GetInt64();
            }
        }

        foreach (var borrower in snapshot.GetProperty("borrowers").EnumerateObject())
        {
            Compare(borrower.Name, "exposure", borrower.Value.GetProperty("exposure").GetInt64(),
                byBorrower.GetValueOrDefault(borrower.Name));
        }
    }

    private void Compare(string entity, string what, long reported, long fromJournal)
    {
        if (reported != fromJournal)
        {
            Problem($"{entity} {what}: the ledger reports {reported}, its postings add up to {fromJournal}");
        }
    }

    private void CloseEntry()
    {
        if (_openEntry.Entry != 0 && _openEntrySum != 0)
        {
            Problem($"{_openEntry.Borrower}: journal entry {_openEntry.Entry} does not balance ({_openEntrySum})");
        }

        _openEntrySum = 0;
    }

    private void Problem(string text)
    {
        if (_problems.Count < 1000)
        {
            _problems.Add(text);
        }
    }

    private sealed class EntitySums
    {
        public long Principal { get; set; }

        public long Interest { get; set; }

        public long Penalty { get; set; }

        public long InterestAccrued { get; set; }

        public long PenaltyAccrued { get; set; }
    }
}
