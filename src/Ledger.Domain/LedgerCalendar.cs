namespace Ledger.Domain;

/// <summary>The ledger-wide part of the books: the business date and the outcomes of ledger-scope commands
/// (SetBusinessDate, EndOfDay), whose ids are scoped to the ledger (semantics §2, §7).</summary>
public sealed class LedgerCalendar
{
    private readonly Dictionary<string, RecordedOutcome> _outcomes = new(StringComparer.Ordinal);

    public LedgerCalendar(DateOnly? businessDate = null, IEnumerable<KeyValuePair<string, RecordedOutcome>>? outcomes = null)
    {
        BusinessDate = businessDate;
        foreach (var (id, outcome) in outcomes ?? [])
        {
            _outcomes.Add(id, outcome);
        }
    }

    public DateOnly? BusinessDate { get; private set; }

    public IReadOnlyDictionary<string, RecordedOutcome> Outcomes => _outcomes;

    /// <summary>Decides a ledger-scope command without changing anything. <paramref name="isReplay"/> is true
    /// when the id was already recorded (the outcome is then the recorded one, or DUPLICATE_ID_CONFLICT).</summary>
    public CommandOutcome Evaluate(LedgerScopeCommand command, out bool isReplay)
    {
        if (_outcomes.TryGetValue(command.Id, out var recorded))
        {
            isReplay = true;
            return recorded.IsFor(command.ContentHash)
                ? recorded.Outcome
                : CommandOutcome.DuplicateIdConflict;
        }

        isReplay = false;
        return command switch
        {
            SetBusinessDate => BusinessDate is null ? CommandOutcome.Accepted : CommandOutcome.BusinessDateAlreadySet,
            EndOfDay eod when BusinessDate is null => CommandOutcome.NoBusinessDate,
            EndOfDay eod => eod.Date == BusinessDate ? CommandOutcome.Accepted : CommandOutcome.WrongBusinessDate,
            _ => throw new ArgumentException($"{command.Type} is not a ledger command.", nameof(command)),
        };
    }

    /// <summary>Records the outcome that <see cref="Evaluate"/> gave for a new id and, when accepted, moves the
    /// business date: set it (SetBusinessDate) or step it to the day after (EndOfDay, once every book has
    /// accrued the day).</summary>
    public NewOutcome Record(LedgerScopeCommand command, CommandOutcome outcome)
    {
        var bookedOn = BusinessDate;
        _outcomes.Add(command.Id, new RecordedOutcome(command.ContentHash, outcome));
        if (outcome == CommandOutcome.Accepted)
        {
            BusinessDate = command is EndOfDay ? command.Date.AddDays(1) : command.Date;
        }

        return new NewOutcome(command.Id, command.ContentHash, outcome, bookedOn);
    }
}
