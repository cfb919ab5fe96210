using Npgsql;

namespace Ledger.LoadTest.Baseline;

/// <summary>The tables of the naive baseline, in their own schema <c>naive</c>, dropped and created afresh at the
/// start of every run. One row per borrower, line, order and tranche holds the balances; the journal has one row per
/// posting (an entry is the rows of one command id); the outcomes table is the idempotency record, keyed by the
/// id's scope (the borrower, or '' for SetBusinessDate and EndOfDay) and the id.</summary>
internal static class NaiveSchema
{
    public const string Name = "naive";

    private const string Ddl = """
        DROP SCHEMA IF EXISTS naive CASCADE;
        CREATE SCHEMA naive;
        CREATE TABLE naive.calendar (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            business_date date);
        INSERT INTO naive.calendar (business_date) VALUES (NULL);
        CREATE TABLE naive.outcomes (
            scope text NOT NULL,
            command_id text NOT NULL,
            content_hash bytea NOT NULL,
            outcome text NOT NULL,
            business_date date,
            PRIMARY KEY (scope, command_id));
        CREATE TABLE naive.borrowers (
            borrower text PRIMARY KEY,
            limit_minor bigint NOT NULL,
            exposure_minor bigint NOT NULL DEFAULT 0 CHECK (exposure_minor >= 0),
            frozen boolean NOT NULL DEFAULT false);
        CREATE TABLE naive.lines (
            borrower text NOT NULL REFERENCES naive.borrowers,
            line text NOT NULL,
            closed boolean NOT NULL DEFAULT false,
            limit_minor bigint NOT NULL,
            rate_micros bigint NOT NULL,
            day_count integer NOT NULL,
            expiry_date date NOT NULL,
            maturity_date date NOT NULL,
            penalty_multiplier_hundredths bigint NOT NULL,
            principal_minor bigint NOT NULL DEFAULT 0 CHECK (principal_minor >= 0),
            interest_minor bigint NOT NULL DEFAULT 0 CHECK (interest_minor >= 0),
            penalty_minor bigint NOT NULL DEFAULT 0 CHECK (penalty_minor >= 0),
            PRIMARY KEY (borrower, line));
        CREATE TABLE naive.rate_changes (
            borrower text NOT NULL,
            line text NOT NULL,
            effective_date date NOT NULL,
            rate_micros bigint NOT NULL,
            PRIMARY KEY (borrower, line, effective_date),
            FOREIGN KEY (borrower, line) REFERENCES naive.lines);
        CREATE TABLE naive.orders (
            borrower text NOT NULL REFERENCES naive.borrowers,
            order_id text NOT NULL,
            supplier text NOT NULL,
            cancelled boolean NOT NULL DEFAULT false,
            rate_micros bigint NOT NULL,
            day_count integer NOT NULL,
            maturity_date date NOT NULL,
            penalty_multiplier_hundredths bigint NOT NULL,
            tranche_count integer NOT NULL,
            released_tranches integer NOT NULL DEFAULT 0,
            principal_minor bigint NOT NULL DEFAULT 0 CHECK (principal_minor >= 0),
            interest_minor bigint NOT NULL DEFAULT 0 CHECK (interest_minor >= 0),
            penalty_minor bigint NOT NULL DEFAULT 0 CHECK (penalty_minor >= 0),
            PRIMARY KEY (borrower, order_id));
        CREATE TABLE naive.tranches (
            borrower text NOT NULL,
            order_id text NOT NULL,
            tranche integer NOT NULL,
            amount_minor bigint NOT NULL,
            release_date date,
            status text NOT NULL DEFAULT 'pending',
            PRIMARY KEY (borrower, order_id, tranche),
            FOREIGN KEY (borrower, order_id) REFERENCES naive.orders);
        CREATE TABLE naive.journal (
            posting_id bigserial PRIMARY KEY,
            borrower text NOT NULL,
            entity_kind text NOT NULL,
            entity_id text NOT NULL,
            command_id text NOT NULL,
            event text NOT NULL,
            business_date date NOT NULL,
            account text NOT NULL,
            amount_minor bigint NOT NULL CHECK (amount_minor <> 0));
        CREATE INDEX journal_by_entity ON naive.journal (borrower, entity_kind, entity_id);
        """;

    public static async Task CreateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Ddl);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
