using System.Globalization;
using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>
/// The statements that write a batch's turns (<see cref="CommitTurn"/>), each of which must commit or fail on its
/// own. PostgreSQL cannot keep a statement's rows while dropping another's inside one transaction without a
/// savepoint per turn (a round trip each), so the commit is optimistic and <b>retries the batch without the
/// offenders</b>: every statement here checks, inside the one round trip that writes the batch, that it wrote
/// every row it was given, and when it did not it fails the batch naming the turns whose rows it could not write
/// (<see cref="PostgresSchema.RequireFunction"/>, detail <c>statement:turn,turn</c>). The transaction rolls back,
/// <see cref="PostgresCommit"/> marks those turns failed (and the later turns of their borrowers, through
/// <see cref="TurnPlan"/>) and writes the batch again without them. Each retry drops at least one turn, and conflicts
/// are rare (they take a duplicate activation or a retried message), so the common batch stays one round trip.
/// </summary>
/// <remarks>
/// The book proof locks every proven borrower row (FOR NO KEY UPDATE, in borrower order, so two commits lock shared
/// books in the same order) before any write; a turn whose row is at another version, or exists when it proved
/// none, fails there. A locked borrower row also keeps a concurrent writer of the same book waiting until this
/// transaction ends; under READ COMMITTED the proof then sees that writer's version, not the one its snapshot began
/// with.
/// <para>New rows are first written without a check for keys stored already (<see cref="Optimistic"/>): by plain
/// INSERT, or by binary COPY when a batch at full load carries more outcomes or postings than
/// <see cref="PostgresCommit.CopyThreshold"/> (in the batch's explicit transaction, as rows outside turns are). Either
/// fails the transaction on a key stored already (a borrower's first command raced by another activation, an outcome
/// recorded by another activation) without saying whose it was (marked <see cref="DuplicateMark"/>), and the batch
/// goes again with the checked INSERTs: ON CONFLICT DO NOTHING, so a key stored already shortens a row count instead
/// of aborting the statement, and the count names the turn.</para>
/// </remarks>
internal sealed class PostgresTurns(TurnPlan plan, DateTimeOffset now, bool optimistic)
{
    /// <summary>The <see cref="PostgresSchema.RequireFunction"/> check's name for turns that could not be written.
    /// </summary>
    internal const string Requirement = "turns";

    /// <summary>Set (true) in the <see cref="Exception.Data"/> of a unique violation met by an
    /// <see cref="Optimistic"/> attempt.</summary>
    internal const string DuplicateMark = "Ledger.TurnDuplicate";

    /// <summary>The book proof (<see cref="AddBookProof"/>): $1 the turns, $2 their borrowers, $3 the versions they
    /// prove (0: no row), $4 the statement's index for the failure's detail, $5 the borrower kind.</summary>
    internal static readonly string BookProofSql =
        $"""
        WITH proof AS MATERIALIZED (
            SELECT w.t, w.x, l.version
            FROM (SELECT * FROM unnest($1::integer[], $2::text[], $3::bigint[]) AS u(t, b, x) ORDER BY b) AS w
            LEFT JOIN LATERAL (
                SELECT g.version FROM grains AS g
                WHERE g.borrower_id = w.b AND g.kind = $5 AND g.entity_id = ''
                FOR NO KEY UPDATE
            ) AS l ON true
        )
        SELECT {PostgresSchema.RequireFunction}(
            count(*) FILTER (WHERE p.version IS DISTINCT FROM nullif(p.x, 0)) = 0,
            '{Requirement}',
            $4 || ':' || coalesce(
                string_agg(p.t::text, ',') FILTER (WHERE p.version IS DISTINCT FROM nullif(p.x, 0)), ''))
        FROM proof AS p
        """;

    private readonly List<TurnResult> _reasons = [];
    private List<int> _included = [];
    private List<(int Turn, OutcomeRecord Row)> _outcomes = [];
    private List<(int Turn, JournalPosting Row)> _postings = [];

    /// <summary>Whether <see cref="CopyAsync"/> has rows to write (the batch then needs an explicit transaction).
    /// </summary>
    internal bool Copies => CopyOutcomes || CopyPostings;

    /// <summary>The first attempt at a batch: its new rows (new grains, outcomes, postings) go by plain INSERT, or
    /// COPY when many, neither of which checks for a key stored already; one that is fails the attempt with a unique
    /// violation (marked <see cref="DuplicateMark"/>), and the batch goes again with the checked INSERTs, which name
    /// the turn. Duplicates take a duplicate activation or a retried message, so they are rare, and the checked
    /// INSERT's cost is not worth paying on every row: ON CONFLICT DO NOTHING looks each key up in its unique index
    /// before inserting it, writes a second WAL record per row to confirm the speculative insertion, and the check
    /// around it returns and counts every row.</summary>
    internal bool Optimistic => optimistic && _included.Count > 0;

    private bool CopyOutcomes => optimistic && _outcomes.Count > PostgresCommit.CopyThreshold;

    private bool CopyPostings => optimistic && _postings.Count > PostgresCommit.CopyThreshold;

    /// <summary>Takes the included turns' rows. Rows are written in key order (the keys' collation is "C", so
    /// ordinal): two commits inserting the same new keys then wait for each other in one order, never in a cycle.
    /// </summary>
    internal void Prepare()
    {
        _included = [.. plan.Included];
        _outcomes = [.. _included.SelectMany(t => plan[t].Outcomes.Select(o => (Turn: t, Row: o)))
            .OrderBy(o => o.Row.Scope, StringComparer.Ordinal).ThenBy(o => o.Row.CommandId, StringComparer.Ordinal)];
        _postings = [.. _included.SelectMany(t => plan[t].Postings.Select(p => (Turn: t, Row: p)))
            .OrderBy(p => p.Row.BorrowerId, StringComparer.Ordinal).ThenBy(p => p.Row.EntrySeq)
            .ThenBy(p => p.Row.PostingNo)];
    }

    /// <summary>Adds the proof and the writes of the included turns (<see cref="Prepare"/> first), but for the rows
    /// that <see cref="CopyAsync"/> writes.</summary>
    internal void AddCommands(NpgsqlBatch commands)
    {
        if (_included.Count == 0)
        {
            return;
        }

        AddBookProof(commands, [.. _included.Where(plan.IsFirstOfBorrower)]);
        var (grains, grainUnits) = CollapseGrains(_included);
        AddGrainWrites(commands, grains, grainUnits);
        if (_outcomes.Count > 0 && !CopyOutcomes)
        {
            AddOutcomes(commands, _outcomes);
        }

        if (_postings.Count > 0 && !CopyPostings)
        {
            AddPostings(commands, _postings);
        }
    }

    /// <summary>Writes the rows left to COPY, after <see cref="AddCommands"/>' batch, in its transaction.</summary>
    internal async Task CopyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            if (CopyOutcomes)
            {
                await PostgresCommit.CopyOutcomesAsync(connection, _outcomes.Select(o => o.Row), now,
                    cancellationToken);
            }

            if (CopyPostings)
            {
                await PostgresCommit.CopyPostingsAsync(connection, _postings.Select(p => p.Row), now,
                    cancellationToken);
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            ex.Data[DuplicateMark] = true;
            throw;
        }
    }

    /// <summary>The turns a failed <see cref="Requirement"/> check named, with the reason of its statement; null
    /// when it named none (rows of one statement clashing with each other: a caller's bug).</summary>
    internal (TurnResult Reason, int[] Turns)? Failed(string detail)
    {
        var separator = detail.IndexOf(':', StringComparison.Ordinal);
        var statement = int.Parse(detail[..separator], CultureInfo.InvariantCulture);
        int[] turns = [.. detail[(separator + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => int.Parse(t, CultureInfo.InvariantCulture))];
        return turns.Length == 0 ? null : (_reasons[statement], turns);
    }

    /// <summary>Each turn that is its borrower's first in the batch proves the borrower row at its book version, or
    /// its absence for version 0 (the later turns chain from it in memory).</summary>
    /// <remarks>The borrower kind is a parameter ($5), not the literal 1: with the literal, the partial indexes on
    /// borrower rows (<c>WHERE kind = 1</c>, led by the partition or the closed day) qualify too, and the session's
    /// generic plan, made once while the table is small (a new ledger), took the books-to-close index, whose
    /// borrower column is not its first: every lookup then read that whole index (measured on a fresh
    /// 20,000-record single-command replay: 0.2–0.3 ms a borrower, two thirds of the server's statement time). A
    /// parameter cannot prove a partial index's predicate in a generic plan, so only the primary key serves it.
    /// </remarks>
    private void AddBookProof(NpgsqlBatch commands, List<int> turns)
    {
        var index = Register(TurnResult.VersionConflict);
        commands.BatchCommands.Add(new NpgsqlBatchCommand(BookProofSql)
        {
            Parameters =
            {
                new NpgsqlParameter<int[]> { TypedValue = [.. turns] },
                new NpgsqlParameter<string[]> { TypedValue = [.. turns.Select(t => plan[t].BorrowerId)] },
                new NpgsqlParameter<long[]> { TypedValue = [.. turns.Select(t => plan[t].BookVersion)] },
                new NpgsqlParameter<string> { TypedValue = index },
                new NpgsqlParameter<short> { TypedValue = (short)GrainKind.Borrower },
            },
        });
    }

    /// <summary>One write per grain over the included turns (a later turn of a borrower writing a grain again
    /// continues the chain), each attributed to the first turn that wrote it: if it cannot be written, that turn and
    /// its borrower's later ones fail.</summary>
    private (List<GrainWrite> Grains, List<int> Units) CollapseGrains(List<int> included)
    {
        var indexByKey = new Dictionary<(string, GrainKind, string), int>();
        var grains = new List<GrainWrite>();
        var units = new List<int>();
        foreach (var turn in included)
        {
            foreach (var grain in plan[turn].Grains)
            {
                var key = (grain.BorrowerId, grain.Kind, grain.EntityId);
                if (indexByKey.TryGetValue(key, out var index))
                {
                    grains[index] = grains[index] with
                    {
                        NewVersion = grain.NewVersion, State = grain.State, ClosedThrough = grain.ClosedThrough,
                    };
                    continue;
                }

                indexByKey[key] = grains.Count;
                grains.Add(grain);
                units.Add(turn);
            }
        }

        return (grains, units);
    }

    /// <summary>Borrower rows first, then new rows, then the other updates: the order every writer of a book keeps
    /// (<see cref="PostgresCommit.AddGrainWrites"/>), which the sweep's SKIP LOCKED relies on.</summary>
    private void AddGrainWrites(NpgsqlBatch commands, List<GrainWrite> grains, List<int> units)
    {
        var rows = grains.Select((g, i) => (Grain: g, Unit: units[i])).ToList();
        AddUpdates(commands, [.. rows.Where(r => r.Grain.ExpectedVersion != 0 && r.Grain.Kind == GrainKind.Borrower)]);
        var inserts = rows.Where(r => r.Grain.ExpectedVersion == 0)
            .OrderBy(r => r.Grain.BorrowerId, StringComparer.Ordinal).ThenBy(r => r.Grain.Kind)
            .ThenBy(r => r.Grain.EntityId, StringComparer.Ordinal).ToList();
        if (inserts.Count > 0 && optimistic)
        {
            var insert = new NpgsqlBatchCommand(InsertGrainsSql);
            insert.Parameters.AddRange(InsertGrainsParameters(inserts));
            commands.BatchCommands.Add(insert);
        }
        else if (inserts.Count > 0)
        {
            Add(commands, TurnResult.VersionConflict,
                InsertGrainsSql + "\nON CONFLICT DO NOTHING",
                "borrower_id, kind, entity_id",
                units => $"unnest($1::text[], $2::smallint[], $3::text[], {units}::integer[]) AS u(b, k, e, t)",
                "d.borrower_id = u.b AND d.kind = u.k AND d.entity_id = u.e",
                [.. inserts.Select(r => r.Unit)],
                InsertGrainsParameters(inserts));
        }

        AddUpdates(commands, [.. rows.Where(r => r.Grain.ExpectedVersion != 0 && r.Grain.Kind != GrainKind.Borrower)]);
    }

    /// <summary>New grain rows from arrays: as it is on the optimistic attempt, with ON CONFLICT DO NOTHING on the
    /// checked one.</summary>
    private const string InsertGrainsSql = """
        INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, closed_through, updated_at)
        SELECT b, k, e, p, v, s, c, $8
        FROM unnest($1::text[], $2::smallint[], $3::text[], $4::integer[], $5::bigint[], $6::bytea[],
            $7::date[]) AS u(b, k, e, p, v, s, c)
        """;

    private NpgsqlParameter[] InsertGrainsParameters(List<(GrainWrite Grain, int Unit)> inserts) =>
    [
        Column(inserts, r => r.Grain.BorrowerId),
        Column(inserts, r => (short)r.Grain.Kind),
        Column(inserts, r => r.Grain.EntityId),
        Column(inserts, r => r.Grain.PartitionId),
        Column(inserts, r => r.Grain.NewVersion),
        Column(inserts, r => r.Grain.State),
        Column(inserts, r => r.Grain.ClosedThrough),
        new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
    ];

    private void AddUpdates(NpgsqlBatch commands, List<(GrainWrite Grain, int Unit)> updates)
    {
        if (updates.Count == 0)
        {
            return;
        }

        Add(commands, TurnResult.VersionConflict,
            """
            UPDATE grains AS g SET version = u.v, state = u.s, closed_through = u.c, updated_at = $9
            FROM unnest($1::text[], $2::smallint[], $3::text[], $4::integer[], $5::bigint[], $6::bigint[],
                $7::bytea[], $8::date[]) AS u(b, k, e, p, x, v, s, c)
            WHERE g.partition_id = ANY($10) AND g.partition_id = u.p
                AND g.borrower_id = u.b AND g.kind = u.k AND g.entity_id = u.e AND g.version = u.x
            """,
            "g.borrower_id, g.kind, g.entity_id",
            units => $"unnest($1::text[], $2::smallint[], $3::text[], {units}::integer[]) AS u(b, k, e, t)",
            "d.borrower_id = u.b AND d.kind = u.k AND d.entity_id = u.e",
            [.. updates.Select(r => r.Unit)],
            Column(updates, r => r.Grain.BorrowerId),
            Column(updates, r => (short)r.Grain.Kind),
            Column(updates, r => r.Grain.EntityId),
            Column(updates, r => r.Grain.PartitionId),
            Column(updates, r => r.Grain.ExpectedVersion),
            Column(updates, r => r.Grain.NewVersion),
            Column(updates, r => r.Grain.State),
            Column(updates, r => r.Grain.ClosedThrough),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
            new NpgsqlParameter<int[]> { TypedValue = [.. updates.Select(r => r.Grain.PartitionId).Distinct()] });
    }

    private void AddOutcomes(NpgsqlBatch commands, List<(int Turn, OutcomeRecord Row)> outcomes)
    {
        if (optimistic)
        {
            commands.BatchCommands.Add(PostgresCommit.OutcomeInsertCommand(outcomes, o => o.Row, now));
            return;
        }

        Add(commands, TurnResult.DuplicateKey,
            """
            INSERT INTO command_outcomes
                (scope, command_id, partition_id, content_hash, outcome, business_date, recorded_at)
            SELECT u.*, $7
            FROM unnest($1::text[], $2::text[], $3::integer[], $4::bytea[], $5::text[], $6::date[]) AS u
            ON CONFLICT DO NOTHING
            """,
            "scope, command_id",
            units => $"unnest($1::text[], $2::text[], {units}::integer[]) AS u(s, i, t)",
            "d.scope = u.s AND d.command_id = u.i",
            [.. outcomes.Select(o => o.Turn)],
            Column(outcomes, o => o.Row.Scope),
            Column(outcomes, o => o.Row.CommandId),
            Column(outcomes, o => o.Row.PartitionId),
            Column(outcomes, o => o.Row.ContentHash),
            Column(outcomes, o => o.Row.Outcome),
            Column(outcomes, o => o.Row.BusinessDate),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
    }

    private void AddPostings(NpgsqlBatch commands, List<(int Turn, JournalPosting Row)> postings)
    {
        if (optimistic)
        {
            commands.BatchCommands.Add(PostgresCommit.PostingInsertCommand(postings, p => p.Row, now));
            return;
        }

        Add(commands, TurnResult.DuplicateKey,
            """
            INSERT INTO journal_postings (partition_id, borrower_id, entry_seq, posting_no, business_date,
                entity_kind, entity_id, event, command_id, account, amount_minor, recorded_at)
            SELECT u.*, $12
            FROM unnest($1::integer[], $2::text[], $3::bigint[], $4::integer[], $5::date[], $6::smallint[],
                $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[]) AS u
            ON CONFLICT DO NOTHING
            """,
            "borrower_id, entry_seq, posting_no",
            units => $"unnest($2::text[], $3::bigint[], $4::integer[], {units}::integer[]) AS u(b, q, n, t)",
            "d.borrower_id = u.b AND d.entry_seq = u.q AND d.posting_no = u.n",
            [.. postings.Select(p => p.Turn)],
            Column(postings, p => p.Row.PartitionId),
            Column(postings, p => p.Row.BorrowerId),
            Column(postings, p => p.Row.EntrySeq),
            Column(postings, p => p.Row.PostingNo),
            Column(postings, p => p.Row.BusinessDate),
            Column(postings, p => (short)p.Row.EntityKind),
            Column(postings, p => p.Row.EntityId),
            Column(postings, p => p.Row.Event),
            Column(postings, p => p.Row.CommandId),
            Column(postings, p => p.Row.Account),
            Column(postings, p => p.Row.AmountMinor),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
    }

    /// <summary>Adds <paramref name="statement"/> (with <paramref name="parameters"/>), checked to write one row per
    /// row given: when it writes fewer, the batch fails naming the turns (<paramref name="units"/>, one per row)
    /// whose rows are not among those <paramref name="returning"/> reports, which is worked out only then.</summary>
    /// <param name="keys">The rows' keys with their turns, as a FROM item aliased <c>u</c>, given the parameter
    /// that holds the turns.</param>
    /// <param name="match">Matches a written row <c>d</c> to a given one <c>u</c>.</param>
    private void Add(NpgsqlBatch commands, TurnResult reason, string statement, string returning,
        Func<string, string> keys, string match, int[] units, params NpgsqlParameter[] parameters)
    {
        var index = Register(reason);
        var n = parameters.Length;
        var command = new NpgsqlBatchCommand(
            $"""
            WITH changed AS ({statement} RETURNING {returning})
            SELECT {PostgresSchema.RequireFunction}(
                c.n = ${n + 1},
                '{Requirement}',
                CASE WHEN c.n = ${n + 1} THEN '' ELSE ${n + 2} || ':' || coalesce((
                    SELECT string_agg(DISTINCT u.t::text, ',') FROM {keys($"${n + 3}")}
                    WHERE NOT EXISTS (SELECT 1 FROM changed AS d WHERE {match})), '') END)
            FROM (SELECT count(*) AS n FROM changed) AS c
            """);
        command.Parameters.AddRange(parameters);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = units.Length });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = index });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = units });
        commands.BatchCommands.Add(command);
    }

    private string Register(TurnResult reason)
    {
        _reasons.Add(reason);
        return (_reasons.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    private static NpgsqlParameter<T[]> Column<TRow, T>(List<TRow> rows, Func<TRow, T> column) =>
        PostgresCommit.Column(rows, column);
}
