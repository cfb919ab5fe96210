using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.LazyEndOfDay;

/// <summary>A book left alone for days closes them, in order and strictly before deciding the command that
/// touches it, exactly as eager ends of day would have: each day at the terms in force on it, each scheduled
/// tranche on its own date. Each case runs a script in the lazy mode, asserts the amounts to the fen, and then
/// runs the same script eagerly and asserts the same books and journals.
/// Amounts: 36,000,000 fen at 1 % ACT/360 bear 1,000 fen a day, 1,500 as penalty (m = 1.5); the ledger starts on
/// 2024-03-01 (a leap year: the day before is 2024-02-29).</summary>
public sealed class LazyCatchUpTests
{
    private const long Loan = 36_000_000;

    private static DateOnly D(string date) => LedgerHarness.DateOf(date);

    /// <summary>Runs <paramref name="script"/> on a started ledger in the lazy mode.</summary>
    private static LedgerHarness Lazy(Action<LedgerHarness> script)
    {
        var harness = LedgerHarness.Started(lazyEndOfDay: true);
        script(harness);
        return harness;
    }

    /// <summary>Runs <paramref name="script"/> on an eager ledger and asserts that the lazy one ends the same:
    /// snapshot, books, and every borrower's journal.</summary>
    private static void AssertSameAsEager(LedgerHarness lazy, Action<LedgerHarness> script)
    {
        var eager = LedgerHarness.Started();
        script(eager);
        BookComparison.AssertSameLedger(eager.Ledger, lazy.Ledger);
    }

    /// <summary>An entity's journal entries in order: date, event, and the amount of the first posting (the
    /// principal of a draw or release, the receivable of an accrual, what a repayment paid).</summary>
    private static string[] Timeline(LedgerHarness harness, string entity, string borrower = "B1") =>
        [.. harness.Ledger.Journal.Where(e => e.Borrower == borrower && e.EntityId == entity)
            .Select(e => $"{Values.FormatDate(e.Date)} {e.Event} {e.Postings[0].AmountMinor}")];

    private static BorrowerBook Book(LedgerHarness harness, string borrower = "B1") => harness.Ledger.Books[borrower];

    /// <summary>In the lazy mode, asserts that the book of B1 has not closed anything since
    /// <paramref name="closedThrough"/>: the end of days only moved the business date.</summary>
    private static void AssertUntouchedSince(LedgerHarness harness, string closedThrough)
    {
        if (harness.IsLazy)
        {
            Assert.Equal(D(closedThrough), Book(harness).ClosedThrough);
            Assert.True(Book(harness).HasDaysToCloseBefore(harness.BusinessDate));
        }
    }

    private static void OpenLineDrawn(LedgerHarness harness, string? expiryDate = null, string? maturityDate = null)
    {
        Assert.Equal("ACCEPTED", harness.OpenBorrower("B1", 1_000_000_000));
        Assert.Equal("ACCEPTED", harness.OpenLine("B1", "L1", 100_000_000, expiryDate: expiryDate,
            maturityDate: maturityDate));
        Assert.Equal("ACCEPTED", harness.Draw("B1", "L1", Loan));
    }

    [Fact]
    public void OpenBorrower_OnDayD_HasClosedThroughDMinusOneAndNothingToClose()
    {
        static void Script(LedgerHarness h)
        {
            Assert.Equal("UNKNOWN_BORROWER", h.Draw("B1", "L1", 5));
            h.RunDays(2);
            Assert.Equal("ACCEPTED", h.OpenBorrower("B1", 1_000));
        }

        var harness = Lazy(Script);

        var book = Book(harness);
        Assert.Equal(D("2024-03-03"), harness.BusinessDate);
        Assert.Equal(D("2024-03-02"), book.ClosedThrough);
        Assert.False(book.HasDaysToCloseBefore(D("2024-03-03")));
        Assert.Equal(0, book.CloseDaysBefore(D("2024-03-03")));
        Assert.Equal(0, harness.Ledger.CloseAllBooks());
        harness.RunDays(1);
        Assert.Equal(D("2024-03-02"), book.ClosedThrough);
        Assert.True(book.HasDaysToCloseBefore(D("2024-03-04")));
        AssertSameAsEager(harness, h =>
        {
            Script(h);
            h.RunDays(1);
        });
    }

    [Fact]
    public void BookOfBorrowerNotOpened_HasNothingToClose()
    {
        var harness = Lazy(h => Assert.Equal("UNKNOWN_BORROWER", h.OpenLine("B9", "L1", 100)));
        harness.RunDays(3);

        var book = Book(harness, "B9");
        Assert.Null(book.ClosedThrough);
        Assert.False(book.HasDaysToCloseBefore(harness.BusinessDate));
        Assert.Equal(0, book.CloseDaysBefore(harness.BusinessDate));
        Assert.Equal(0, harness.Ledger.CloseAllBooks());
    }

    [Fact]
    public void ChangeRate_AfterUntouchedDays_CatchUpAccruesEachDayAtTheRateInForceOnIt()
    {
        static void Script(LedgerHarness h)
        {
            OpenLineDrawn(h);
            Assert.Equal("ACCEPTED", h.ChangeRate("B1", "L1", "0.05", "2024-03-04"));
            Assert.Equal("ACCEPTED", h.ChangeRate("B1", "L1", "0.02", "2024-03-04"));
            h.RunDays(6);
            AssertUntouchedSince(h, "2024-02-29");
            Assert.Equal("ACCEPTED", h.ChangeRate("B1", "L1", "0.03", "2024-03-07"));
        }

        var harness = Lazy(Script);

        // The change sent earlier for 2024-03-04 (the second replacing the first) applies from that day on; the
        // change sent today applies from today, after the days before it closed.
        Assert.Equal(
        [
            "2024-03-01 draw 36000000",
            "2024-03-01 interest-accrual 1000", "2024-03-02 interest-accrual 1000", "2024-03-03 interest-accrual 1000",
            "2024-03-04 interest-accrual 2000", "2024-03-05 interest-accrual 2000", "2024-03-06 interest-accrual 2000",
        ],
        Timeline(harness, "L1"));
        var line = harness.Line("B1", "L1");
        Assert.Equal((9_000L, 20_000L), (line.Balance.InterestMinor, line.RateMicros));
        Assert.Equal(D("2024-03-06"), Book(harness).ClosedThrough);

        harness.RunDays(1);
        Assert.Equal(1, harness.Ledger.CloseAllBooks());

        Assert.Equal("2024-03-07 interest-accrual 3000", Timeline(harness, "L1")[^1]);
        Assert.Equal((12_000L, 30_000L), (line.Balance.InterestMinor, line.RateMicros));
        AssertSameAsEager(harness, h =>
        {
            Script(h);
            h.RunDays(1);
        });
    }

    [Fact]
    public void Draw_AfterUntouchedDays_SkippedDaysAccrueOnThePrincipalBeforeTheDraw()
    {
        static void Script(LedgerHarness h)
        {
            OpenLineDrawn(h);
            h.RunDays(3);
            AssertUntouchedSince(h, "2024-02-29");
            Assert.Equal("ACCEPTED", h.Draw("B1", "L1", Loan));
            h.RunDays(1);
            h.Ledger.CloseAllBooks();
        }

        var harness = Lazy(Script);

        Assert.Equal(
        [
            "2024-03-01 draw 36000000",
            "2024-03-01 interest-accrual 1000", "2024-03-02 interest-accrual 1000", "2024-03-03 interest-accrual 1000",
            "2024-03-04 draw 36000000", "2024-03-04 interest-accrual 2000",
        ],
        Timeline(harness, "L1"));
        Assert.Equal((72_000_000L, 5_000L, 0L), LedgerHarness.Owed(harness.Line("B1", "L1").Balance));
        AssertSameAsEager(harness, Script);
    }

    [Fact]
    public void Repay_ExactlyWhatIsOwedAfterUntouchedDays_IsAcceptedBecauseTheDaysCloseFirst()
    {
        static void Script(LedgerHarness h)
        {
            OpenLineDrawn(h);
            h.RunDays(5);
            AssertUntouchedSince(h, "2024-02-29");
            Assert.Equal("ACCEPTED", h.Repay("B1", "L1", 36_005_000));
            Assert.Equal("ACCEPTED", h.CloseLine("B1", "L1"));
        }

        var harness = Lazy(Script);

        Assert.Equal((0L, 0L, 0L), LedgerHarness.Owed(harness.Line("B1", "L1").Balance));
        Assert.Equal(
            [
                "2024-03-01 draw 36000000", "2024-03-01 interest-accrual 1000", "2024-03-02 interest-accrual 1000",
                "2024-03-03 interest-accrual 1000", "2024-03-04 interest-accrual 1000",
                "2024-03-05 interest-accrual 1000", "2024-03-06 repayment 36005000",
            ],
            Timeline(harness, "L1"));
        Assert.Equal(
            [
                new Posting(Accounts.RepaymentClearing, 36_005_000), new Posting(Accounts.InterestReceivable, -5_000),
                new Posting(Accounts.LoanPrincipal, -Loan),
            ],
            Assert.Single(harness.EntriesOf("B1", "L1", JournalEvents.Repayment)).Postings);
        AssertSameAsEager(harness, Script);
    }

    [Fact]
    public void MaturityPassedDuringUntouchedDays_SwitchesToPenaltyOnTheDayAfterIt()
    {
        static void Script(LedgerHarness h)
        {
            OpenLineDrawn(h, expiryDate: "2024-03-03", maturityDate: "2024-03-03");
            h.RunDays(5);
            AssertUntouchedSince(h, "2024-02-29");
            Assert.Equal("ACCEPTED", h.Repay("B1", "L1", 36_006_000));
        }

        var harness = Lazy(Script);

        Assert.Equal(
            [
                "2024-03-01 draw 36000000", "2024-03-01 interest-accrual 1000", "2024-03-02 interest-accrual 1000",
                "2024-03-03 interest-accrual 1000", "2024-03-04 penalty-accrual 1500",
                "2024-03-05 penalty-accrual 1500", "2024-03-06 repayment 36006000",
            ],
            Timeline(harness, "L1"));
        Assert.Equal(
            [
                new Posting(Accounts.RepaymentClearing, 36_006_000), new Posting(Accounts.PenaltyReceivable, -3_000),
                new Posting(Accounts.InterestReceivable, -3_000), new Posting(Accounts.LoanPrincipal, -Loan),
            ],
            Assert.Single(harness.EntriesOf("B1", "L1", JournalEvents.Repayment)).Postings);
        var balance = harness.Line("B1", "L1").Balance;
        Assert.Equal((3_000L, 3_000L), (balance.InterestAccruedMinor, balance.PenaltyAccruedMinor));
        AssertSameAsEager(harness, Script);
    }

    /// <summary>A deferral sent several unclosed days after maturity: the book first closes those days under the
    /// old maturity (penalty), then the extension applies from its own date (interest).</summary>
    [Fact]
    public void ExtendLine_SeveralUnclosedDaysAfterMaturity_PenaltyForThoseDaysThenInterestFromTheDeferralsDate()
    {
        static void Script(LedgerHarness h)
        {
            OpenLineDrawn(h, expiryDate: "2024-03-02", maturityDate: "2024-03-02");
            h.RunDays(6);
            AssertUntouchedSince(h, "2024-02-29");
            Assert.Equal("ACCEPTED", h.ExtendLine("B1", "L1", "2024-03-09"));
        }

        var harness = Lazy(Script);

        Assert.Equal(D("2024-03-06"), Book(harness).ClosedThrough);
        Assert.Equal(
            [
                "2024-03-01 draw 36000000", "2024-03-01 interest-accrual 1000", "2024-03-02 interest-accrual 1000",
                "2024-03-03 penalty-accrual 1500", "2024-03-04 penalty-accrual 1500",
                "2024-03-05 penalty-accrual 1500", "2024-03-06 penalty-accrual 1500",
            ],
            Timeline(harness, "L1"));

        harness.RunDays(4);
        Assert.Equal(1, harness.Ledger.CloseAllBooks());

        Assert.Equal(
            [
                "2024-03-07 interest-accrual 1000", "2024-03-08 interest-accrual 1000",
                "2024-03-09 interest-accrual 1000", "2024-03-10 penalty-accrual 1500",
            ],
            Timeline(harness, "L1")[^4..]);
        Assert.Equal((Loan, 5_000L, 7_500L), LedgerHarness.Owed(harness.Line("B1", "L1").Balance));
        AssertSameAsEager(harness, h =>
        {
            Script(h);
            h.RunDays(4);
        });
    }

    /// <summary>An order whose scheduled tranche was stuck at maturity (its borrower frozen): the unclosed days
    /// are closed under the old maturity, so nothing is released during the catch-up; the extension lets the next
    /// end of day release it.</summary>
    [Fact]
    public void ExtendOrder_AfterUntouchedDaysWithAStuckTranche_CatchUpReleasesNothingTheNextDayReleasesIt()
    {
        static void Script(LedgerHarness h)
        {
            Assert.Equal("ACCEPTED", h.OpenBorrower("B1", 1_000_000_000));
            Assert.Equal("ACCEPTED", h.OpenOrder("B1", "O1", [Records.Tranche(Loan, "2024-03-02")],
                maturityDate: "2024-03-03"));
            Assert.Equal("ACCEPTED", h.Freeze("B1"));
            h.RunDays(2);
            Assert.Equal("ACCEPTED", h.Unfreeze("B1"));
            h.RunDays(4);
            AssertUntouchedSince(h, "2024-03-02");
            Assert.Equal("ACCEPTED", h.ExtendOrder("B1", "O1", "2024-03-20"));
        }

        var harness = Lazy(Script);

        Assert.Equal(D("2024-03-06"), Book(harness).ClosedThrough);
        Assert.Empty(Timeline(harness, "O1"));
        Assert.Equal(1, harness.Order("B1", "O1").PendingTranches);

        harness.RunDays(2);
        Assert.Equal(1, harness.Ledger.CloseAllBooks());

        Assert.Equal(["2024-03-08 release 36000000", "2024-03-08 interest-accrual 1000"], Timeline(harness, "O1"));
        AssertSameAsEager(harness, h =>
        {
            Script(h);
            h.RunDays(2);
        });
    }

    [Fact]
    public void ScheduledTranchesDueOnUntouchedDays_AreReleasedOnTheirOwnDatesInOrderBeforeTheCommand()
    {
        static void Script(LedgerHarness h)
        {
            Assert.Equal("ACCEPTED", h.OpenBorrower("B1", 1_000_000_000));
            Assert.Equal("ACCEPTED", h.OpenOrder("B1", "O1",
            [
                Records.Tranche(Loan, "2024-03-02"), Records.Tranche(Loan, "2024-03-03"),
                Records.Tranche(Loan, "2024-03-05"), Records.Tranche(Loan),
            ]));
            h.RunDays(6);
            AssertUntouchedSince(h, "2024-02-29");
            if (h.IsLazy)
            {
                Assert.Equal(0, h.Order("B1", "O1").ReleasedTranches);
            }

            // Tranche 4 is the next pending one only once the catch-up released the three scheduled ones.
            Assert.Equal("ACCEPTED", h.Release("B1", "O1", 4));
        }

        var harness = Lazy(Script);

        Assert.Equal(
            [
                "2024-03-02 release 36000000", "2024-03-02 interest-accrual 1000",
                "2024-03-03 release 36000000", "2024-03-03 interest-accrual 2000", "2024-03-04 interest-accrual 2000",
                "2024-03-05 release 36000000", "2024-03-05 interest-accrual 3000", "2024-03-06 interest-accrual 3000",
                "2024-03-07 release 36000000",
            ],
            Timeline(harness, "O1"));
        Assert.Equal([null, null, null, "t10"],
            harness.EntriesOf("B1", "O1", JournalEvents.Release).Select(e => e.CommandId));
        var order = harness.Order("B1", "O1");
        Assert.Equal((144_000_000L, 11_000L, 0L), LedgerHarness.Owed(order.Balance));
        Assert.Equal(144_000_000, harness.Borrower("B1").ExposureMinor);
        Assert.Equal(-144_000_000, harness.Ledger.Accounts["supplier-payable:SUP1"]);
        AssertSameAsEager(harness, Script);
    }

    /// <summary>Raising the limit is itself a command, so the catch-up before it still finds the limit too low:
    /// the tranche stays pending through the catch-up and is released by the next end of day after the raise,
    /// as eagerly.</summary>
    [Fact]
    public void ScheduledTrancheOverTheLimitOnItsDate_StaysPendingThroughCatchUpAndIsReleasedAfterTheRaise()
    {
        static void Script(LedgerHarness h)
        {
            Assert.Equal("ACCEPTED", h.OpenBorrower("B1", 50_000_000));
            Assert.Equal("ACCEPTED", h.OpenOrder("B1", "O1",
                [Records.Tranche(Loan, "2024-03-02"), Records.Tranche(Loan, "2024-03-03")]));
            Assert.Equal("ACCEPTED", h.OpenLine("B1", "L1", 100_000_000));
            h.RunDays(4);
            AssertUntouchedSince(h, "2024-02-29");
            // The catch-up released tranche 1 on 2024-03-02 before this draw is decided.
            Assert.Equal("BORROWER_LIMIT_EXCEEDED", h.Draw("B1", "L1", 20_000_000));
            Assert.Equal("ACCEPTED", h.SetBorrowerLimit("B1", 100_000_000));
            Assert.Equal(TrancheStatus.Pending, h.Order("B1", "O1").Tranches[1].Status);
            Assert.Equal(D("2024-03-04"), Book(h).ClosedThrough);
            Assert.Equal(
                [
                    "2024-03-02 release 36000000", "2024-03-02 interest-accrual 1000",
                    "2024-03-03 interest-accrual 1000", "2024-03-04 interest-accrual 1000",
                ],
                Timeline(h, "O1"));
            h.RunDays(1);
            AssertUntouchedSince(h, "2024-03-04");
        }

        var harness = Lazy(Script);
        Assert.Equal(TrancheStatus.Pending, harness.Order("B1", "O1").Tranches[1].Status);

        Assert.Equal(1, harness.Ledger.CloseAllBooks());

        Assert.Equal(["2024-03-05 interest-accrual 1000", "2024-03-06 release 36000000"],
            Timeline(harness, "O1")[^2..]);
        harness.RunDays(1);
        harness.Ledger.CloseAllBooks();
        Assert.Equal((72_000_000L, 6_000L, 0L), LedgerHarness.Owed(harness.Order("B1", "O1").Balance));
        Assert.Equal(72_000_000, harness.Borrower("B1").ExposureMinor);
        AssertSameAsEager(harness, h =>
        {
            Script(h);
            h.RunDays(1);
        });
    }

    [Fact]
    public void ScheduledTrancheOfFrozenBorrower_StaysPendingThroughCatchUpAndIsReleasedAfterUnfreeze()
    {
        static void Script(LedgerHarness h)
        {
            Assert.Equal("ACCEPTED", h.OpenBorrower("B1", 1_000_000_000));
            Assert.Equal("ACCEPTED", h.OpenOrder("B1", "O1", [Records.Tranche(Loan, "2024-03-03")]));
            Assert.Equal("ACCEPTED", h.Freeze("B1"));
            h.RunDays(4);
            AssertUntouchedSince(h, "2024-02-29");
            Assert.Equal("ACCEPTED", h.Unfreeze("B1"));
            Assert.Equal(TrancheStatus.Pending, h.Order("B1", "O1").Tranches[0].Status);
            Assert.Empty(Timeline(h, "O1"));
            Assert.Equal(D("2024-03-04"), Book(h).ClosedThrough);
            h.RunDays(1);
        }

        var harness = Lazy(Script);
        Assert.Equal(TrancheStatus.Pending, harness.Order("B1", "O1").Tranches[0].Status);

        Assert.Equal(1, harness.Ledger.CloseAllBooks());

        var release = Assert.Single(harness.EntriesOf("B1", "O1", JournalEvents.Release));
        Assert.Equal((D("2024-03-06"), Loan), (release.Date, release.Postings[0].AmountMinor));
        AssertSameAsEager(harness, Script);
    }

    [Fact]
    public void CancelledOrder_AccruesThroughCatchUpAndItsScheduledTrancheIsNeverReleased()
    {
        static void Script(LedgerHarness h)
        {
            Assert.Equal("ACCEPTED", h.OpenBorrower("B1", 1_000_000_000));
            Assert.Equal("ACCEPTED", h.OpenOrder("B1", "O1",
                [Records.Tranche(Loan), Records.Tranche(Loan, "2024-03-02")]));
            Assert.Equal("ACCEPTED", h.Release("B1", "O1", 1));
            Assert.Equal("ACCEPTED", h.CancelOrder("B1", "O1"));
            h.RunDays(3);
            AssertUntouchedSince(h, "2024-02-29");
            // Pays the interest of the three skipped days, not principal: they closed before the repayment.
            Assert.Equal("ACCEPTED", h.RepayOrder("B1", "O1", 3_000));
        }

        var harness = Lazy(Script);

        Assert.Equal(
            [
                "2024-03-01 release 36000000", "2024-03-01 interest-accrual 1000", "2024-03-02 interest-accrual 1000",
                "2024-03-03 interest-accrual 1000", "2024-03-04 repayment 3000",
            ],
            Timeline(harness, "O1"));
        Assert.Equal(
            [new Posting(Accounts.RepaymentClearing, 3_000), new Posting(Accounts.InterestReceivable, -3_000)],
            Assert.Single(harness.EntriesOf("B1", "O1", JournalEvents.Repayment)).Postings);
        var order = harness.Order("B1", "O1");
        Assert.Equal((Loan, 0L, 0L), LedgerHarness.Owed(order.Balance));
        Assert.Equal([TrancheStatus.Released, TrancheStatus.Cancelled], order.Tranches.Select(t => t.Status));
        AssertSameAsEager(harness, Script);
    }

    public static TheoryData<string, string> CommandsNotApplied => new()
    {
        { "overpayment", "OVERPAYMENT" },
        { "unknown-line", "UNKNOWN_LINE" },
        { "unknown-order", "UNKNOWN_ORDER" },
        { "borrower-exists", "ALREADY_EXISTS" },
        { "line-limit", "LINE_LIMIT_EXCEEDED" },
        { "retry", "ACCEPTED" },
        { "retry-reordered", "ACCEPTED" },
        { "id-conflict", "DUPLICATE_ID_CONFLICT" },
        { "extension-not-later", "EXTENSION_NOT_LATER" },
        { "extension-in-the-past", "INVALID_COMMAND" },
        { "extension-unknown-order", "UNKNOWN_ORDER" },
    };

    /// <summary>A command that changes nothing (a rejection, a retry, an id conflict) still closes the book's
    /// missing days first.</summary>
    [Theory]
    [MemberData(nameof(CommandsNotApplied))]
    public void CommandThatChangesNothing_AfterUntouchedDays_StillClosesThem(string kind, string expected)
    {
        var draw = Records.Of("Draw", "draw-1", ("borrower", "B1"), ("line", "L1"), ("amount", Loan));
        var outcomesBefore = 0;
        void Script(LedgerHarness h)
        {
            Assert.Equal("ACCEPTED", h.OpenBorrower("B1", 1_000_000_000));
            Assert.Equal("ACCEPTED", h.OpenLine("B1", "L1", 40_000_000));
            Assert.Equal("ACCEPTED", h.Apply(draw));
            h.RunDays(3);
            AssertUntouchedSince(h, "2024-02-29");
            outcomesBefore = Book(h).Outcomes.Count;
            Assert.Equal(expected, kind switch
            {
                "overpayment" => h.Repay("B1", "L1", 40_000_000),
                "unknown-line" => h.Draw("B1", "L9", 5),
                "unknown-order" => h.Release("B1", "O9", 1),
                "borrower-exists" => h.OpenBorrower("B1", 5),
                "line-limit" => h.Draw("B1", "L1", 4_000_001),
                "retry" => h.Apply(draw),
                "retry-reordered" => h.Apply(draw.Reversed()),
                "id-conflict" => h.Apply(draw.With("amount", "5")),
                "extension-not-later" => h.ExtendLine("B1", "L1", "2024-03-04"),
                "extension-in-the-past" => h.ExtendLine("B1", "L1", "2024-03-03"),
                "extension-unknown-order" => h.ExtendOrder("B1", "O1", "2024-05-01"),
                _ => throw new ArgumentException($"No command {kind}.", nameof(kind)),
            });
        }

        var harness = Lazy(Script);

        Assert.Equal(D("2024-03-03"), Book(harness).ClosedThrough);
        Assert.Equal(
            [
                "2024-03-01 draw 36000000", "2024-03-01 interest-accrual 1000", "2024-03-02 interest-accrual 1000",
                "2024-03-03 interest-accrual 1000",
            ],
            Timeline(harness, "L1"));
        Assert.Equal((Loan, 3_000L, 0L), LedgerHarness.Owed(harness.Line("B1", "L1").Balance));
        Assert.Equal(3_000, harness.Ledger.Accounts[Accounts.InterestReceivable]);
        var recordsAnOutcome = kind is not ("retry" or "retry-reordered" or "id-conflict");
        Assert.Equal(outcomesBefore + (recordsAnOutcome ? 1 : 0), Book(harness).Outcomes.Count);
        AssertSameAsEager(harness, Script);
    }

    [Fact]
    public void CloseDay_NotTheDayAfterTheLastClosed_ThrowsAndClosesNothing()
    {
        var harness = Lazy(h =>
        {
            OpenLineDrawn(h);
            h.RunDays(3);
        });
        var book = Book(harness);

        Assert.Throws<InvalidOperationException>(() => book.CloseDay(D("2024-03-02")));
        Assert.Throws<InvalidOperationException>(() => book.CloseDay(D("2024-02-29")));
        Assert.Equal(D("2024-02-29"), book.ClosedThrough);
        Assert.Equal(0, harness.Line("B1", "L1").Balance.InterestMinor);

        book.CloseDay(D("2024-03-01"));
        Assert.Throws<InvalidOperationException>(() => book.CloseDay(D("2024-03-01")));

        Assert.Equal(D("2024-03-01"), book.ClosedThrough);
        Assert.Equal(1_000, harness.Line("B1", "L1").Balance.InterestMinor);
        Assert.Equal(1, harness.Ledger.CloseAllBooks());
        Assert.Equal(3_000, harness.Line("B1", "L1").Balance.InterestMinor);
        Assert.Equal(3_000, harness.Ledger.Accounts[Accounts.InterestReceivable]);
    }

    [Fact]
    public void CloseDay_TheDayAnEagerEndOfDayClosed_Throws()
    {
        var harness = LedgerHarness.Started();
        OpenLineDrawn(harness);
        harness.RunDays(1);

        Assert.Throws<InvalidOperationException>(() => Book(harness).CloseDay(D("2024-03-01")));

        Assert.Equal(D("2024-03-01"), Book(harness).ClosedThrough);
        Assert.Equal(1_000, harness.Line("B1", "L1").Balance.InterestMinor);
        Assert.Equal(0, harness.Ledger.CloseAllBooks());
    }

    [Fact]
    public void CloseDaysBefore_ReturnsTheDaysClosedAndIsIdempotent()
    {
        var harness = Lazy(h =>
        {
            OpenLineDrawn(h);
            Assert.Equal("ACCEPTED", h.OpenBorrower("B2", 1_000_000_000));
            Assert.Equal("ACCEPTED", h.OpenLine("B2", "L1", 100_000_000));
            Assert.Equal("ACCEPTED", h.Draw("B2", "L1", Loan));
            h.RunDays(4);
        });
        var book = Book(harness);
        var today = harness.BusinessDate;

        Assert.Equal(4, book.CloseDaysBefore(today));
        Assert.Equal(0, book.CloseDaysBefore(today));
        Assert.Equal(0, book.CloseDaysBefore(today.AddDays(-2)));

        Assert.Equal(D("2024-03-04"), book.ClosedThrough);
        Assert.False(book.HasDaysToCloseBefore(today));
        Assert.Equal(4_000, harness.Line("B1", "L1").Balance.InterestMinor);
        Assert.True(Book(harness, "B2").HasDaysToCloseBefore(today));
        // The sweep closes B2 and takes B1's entries, made outside it, into the ledger.
        Assert.Equal(1, harness.Ledger.CloseAllBooks());
        Assert.Equal(0, harness.Ledger.CloseAllBooks());
        Assert.Equal([1_000L, 1_000L, 1_000L, 1_000L],
            harness.Posted("B1", "L1", JournalEvents.InterestAccrual, Accounts.InterestReceivable));
        Assert.Equal(8_000, harness.Ledger.Accounts[Accounts.InterestReceivable]);
        Assert.Equal(4_000, harness.Line("B2", "L1").Balance.InterestMinor);
    }

    [Fact]
    public void CloseAllBooks_CountsOnlyBooksBehind_WhileAnotherBorrowerIsTouchedEveryDay()
    {
        static void Script(LedgerHarness h)
        {
            OpenLineDrawn(h);
            Assert.Equal("ACCEPTED", h.OpenBorrower("B2", 1_000_000_000));
            Assert.Equal("ACCEPTED", h.OpenLine("B2", "L1", 100_000_000));
            for (var day = 0; day < 5; day++)
            {
                Assert.Equal("ACCEPTED", h.Draw("B2", "L1", 1_000_000));
                h.RunDays(1);
            }

            Assert.Equal("ACCEPTED", h.Draw("B2", "L1", 1_000_000));
        }

        var harness = Lazy(Script);
        Assert.Equal(D("2024-03-05"), Book(harness, "B2").ClosedThrough);
        Assert.Equal(D("2024-02-29"), Book(harness).ClosedThrough);

        Assert.Equal(1, harness.Ledger.CloseAllBooks());

        Assert.Equal((Loan, 5_000L, 0L), LedgerHarness.Owed(harness.Line("B1", "L1").Balance));
        AssertSameAsEager(harness, Script);
    }
}
