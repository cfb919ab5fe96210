using System.Net;
using System.Text;
using Ledger.GrainInterfaces;
using Ledger.Grains;
using Ledger.OperatorInterfaces;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ledger.Silo.Tests.EndOfDay;

/// <summary>The scheduled end of day (an Orleans reminder checks a schedule kept as grain state): the schedule
/// survives a restart on both stores; a check before the closing time does nothing and one after it closes exactly
/// one day with the id <c>eod:D</c>; checks delivered twice, on two silos and across a failover, close one day; a bad
/// time or zone is a 400 with a one-line detail.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ScheduledEndOfDayTests(PostgresFixture postgres)
{
    private const string Schedule = "v1/eod/schedule";

    /// <summary>18:00 in Asia/Shanghai (UTC+8, no summer time) on 2024-03-01 is 10:00 UTC.</summary>
    private static readonly DateTimeOffset ClosesMarch1 = new(2024, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Schedule_OnSqlite_IsKeptAcrossARestartAndItsReminderRegisteredAgain()
    {
        var data = Directory.CreateTempSubdirectory("ledger-schedule-test-").FullName;
        try
        {
            await using (var silo = await TestSilo.StartAsync(null, data, []))
            {
                await SetAsync(silo, "18:00", "Asia/Shanghai");
            }

            await using var restarted = await TestSilo.StartAsync(null, data, []);
            var view = (await SiloApi.GetAsync(restarted.Http, Schedule)).Json;
            Assert.True(view.GetProperty("scheduled").GetBoolean());
            Assert.Equal("18:00", view.GetProperty("at").GetString());
            Assert.Equal("Asia/Shanghai", view.GetProperty("zone").GetString());
            // The embedded silo's reminders are in memory: the start registered it again from the stored schedule.
            await Poll.UntilAsync(async () => await ReminderAsync(restarted) is not null, TimeSpan.FromSeconds(30),
                "the reminder registered again at start");
        }
        finally
        {
            TestSilo.TryDeleteDirectory(data);
        }
    }

    [Fact]
    public async Task Schedule_OnPostgres_IsKeptInOrleansTablesAcrossARestart()
    {
        var connection = await postgres.CreateDatabaseAsync();
        var data = Directory.CreateTempSubdirectory("ledger-schedule-test-").FullName;
        try
        {
            await using (var silo = await TestSilo.StartAsync(connection, data, []))
            {
                await SetAsync(silo, "17:30", "Europe/Paris");
            }

            Assert.Equal(1L, await ScalarAsync(connection,
                "SELECT count(*) FROM orleansreminderstable WHERE remindername = 'end-of-day'"));
            Assert.Equal(1L, await ScalarAsync(connection,
                "SELECT count(*) FROM orleansstorage WHERE payloadbinary IS NOT NULL"));
            await using var restarted = await TestSilo.StartAsync(connection, data, []);
            var view = (await SiloApi.GetAsync(restarted.Http, Schedule)).Json;
            Assert.Equal(("17:30", "Europe/Paris"),
                (view.GetProperty("at").GetString(), view.GetProperty("zone").GetString()));

            var off = await SiloApi.SendAsync(restarted.Http, HttpMethod.Delete, Schedule, null);
            Assert.Equal(HttpStatusCode.OK, off.Status);
            Assert.False(off.Json.GetProperty("scheduled").GetBoolean());
            Assert.Equal(0L, await ScalarAsync(connection,
                "SELECT count(*) FROM orleansreminderstable WHERE remindername = 'end-of-day'"));
        }
        finally
        {
            TestSilo.TryDeleteDirectory(data);
        }
    }

    [Fact]
    public async Task Check_BeforeTheClosingTime_DoesNothing_AfterIt_ClosesExactlyOneDayWithIdEodD()
    {
        var clock = new ManualTimeProvider(ClosesMarch1 - TimeSpan.FromMinutes(1));
        await using var silo = await StartWithClockAsync(null, clock);
        await SiloApi.AcceptAllAsync(silo.Http, """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""");
        await SetAsync(silo, "18:00", "Asia/Shanghai");
        var schedule = ScheduleGrain(silo);

        var before = await schedule.CheckAsync();
        Assert.Null(before.Sent);
        Assert.Equal((new DateOnly(2024, 3, 1), ClosesMarch1), (before.BusinessDate, before.ClosesAt));
        Assert.Equal("2024-03-01", await BusinessDateAsync(silo));

        clock.Advance(TimeSpan.FromMinutes(1));
        var after = await schedule.CheckAsync();
        Assert.NotNull(after.Sent);
        Assert.True(after.Sent.IsAccepted, after.Sent.ToString());
        Assert.Equal("eod:2024-03-01", after.Sent.CommandId);
        Assert.Equal("2024-03-02", await BusinessDateAsync(silo));

        // Checked again at once: 2024-03-02 closes tomorrow at 18:00 there, so nothing more is sent.
        var again = await schedule.CheckAsync();
        Assert.Null(again.Sent);
        Assert.Equal(new DateOnly(2024, 3, 2), again.BusinessDate);
        Assert.Equal("2024-03-02", await BusinessDateAsync(silo));
        // The command the check sent is the ledger's record of eod:2024-03-01: the same again is a retry.
        Assert.Equal("ACCEPTED", await SiloApi.SubmitAsync(silo.Http,
            """{"type":"EndOfDay","id":"eod:2024-03-01","date":"2024-03-01"}"""));
        Assert.Equal("2024-03-02", await BusinessDateAsync(silo));
    }

    [Fact]
    public async Task ScheduledEndOfDay_FiredTwiceOnTwoSilosAndAcrossAFailover_ClosesOneDay()
    {
        var connection = await postgres.CreateDatabaseAsync();
        var clock = new ManualTimeProvider(ClosesMarch1 - TimeSpan.FromHours(1));
        var first = await StartWithClockAsync(connection, clock);
        await using var second = await StartWithClockAsync(connection, clock);
        try
        {
            await SiloApi.AcceptAllAsync(first.Http, """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""");
            await SetAsync(first, "18:00", "Asia/Shanghai");
            clock.Advance(TimeSpan.FromHours(1));

            // The tick delivered twice through each silo at once: one EndOfDay decided, the others retries of it.
            var checks = await Task.WhenAll(new[] { first, second, first, second }
                .Select(silo => ScheduleGrain(silo).CheckAsync()));
            Assert.All(checks, c => Assert.True(
                c.Sent is null ? c.BusinessDate == new DateOnly(2024, 3, 2) : c.Sent.IsAccepted && c.Sent.CommandId == "eod:2024-03-01",
                c.ToString()));
            Assert.Equal("2024-03-02", await BusinessDateAsync(second));

            // Failover: the first silo stops; the survivor's reminder (Orleans' reminder table on PostgreSQL) keeps
            // ticking, re-checks 2024-03-02 (not due) and closes nothing more, until its own closing time passes.
            await first.DisposeAsync();
            await Poll.UntilAsync(async () => await ReminderAsync(second) is not null, TimeSpan.FromSeconds(60),
                "the reminder served by the surviving silo");
            var retry = await ScheduleGrain(second).CheckAsync();
            Assert.Null(retry.Sent);
            Assert.Equal("2024-03-02", await BusinessDateAsync(second));

            clock.Advance(TimeSpan.FromDays(1));
            await Poll.UntilAsync(async () => await BusinessDateAsync(second) == "2024-03-03",
                TimeSpan.FromSeconds(150), "the survivor's reminder closing 2024-03-02 at its time");
            Assert.Null((await ScheduleGrain(second).CheckAsync()).Sent);
            Assert.Equal("2024-03-03", await BusinessDateAsync(second));
            Assert.Equal(2L, await ScalarAsync(connection,
                "SELECT count(*) FROM command_outcomes WHERE command_id LIKE 'eod:%' AND outcome = 'ACCEPTED'"));
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("""{"at":"25:00","zone":"Asia/Shanghai"}""", "at")]
    [InlineData("""{"at":"6pm","zone":"Asia/Shanghai"}""", "at")]
    [InlineData("""{"zone":"Asia/Shanghai"}""", "at")]
    [InlineData("""{"at":"18:00","zone":"Asia/Atlantis"}""", "zone")]
    [InlineData("""{"at":"18:00"}""", "zone")]
    [InlineData("""{"at":"18:00","zone":"UTC","when":"daily"}""", "when")]
    [InlineData("""[1]""", "(body)")]
    [InlineData("""{"at":""", "(body)")]
    public async Task SetSchedule_WithABadTimeOrZone_Is400WithOneLineAndNothingSet(string body, string field)
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        var response = await SiloApi.SendAsync(silo.Http, HttpMethod.Put, Schedule,
            new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(field, response.Json.GetProperty("field").GetString());
        var detail = response.Json.GetProperty("detail").GetString()!;
        Assert.DoesNotContain('\n', detail);
        Assert.False((await SiloApi.GetAsync(silo.Http, Schedule)).Json.GetProperty("scheduled").GetBoolean());
    }

    private static Task<TestSilo> StartWithClockAsync(string? postgres, ManualTimeProvider clock) =>
        TestSilo.StartAsync(postgres, dataDirectory: null, [], decorateStore: null,
            services => services.AddSingleton(new ScheduleClock(clock)));

    private static IEndOfDayScheduleGrain ScheduleGrain(TestSilo silo) =>
        silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IEndOfDayScheduleGrain>(GrainKeys.Ledger);

    /// <summary>The schedule grain's reminder row in the silo's reminder table (Orleans' table on PostgreSQL, its
    /// in-memory one when embedded), or null.</summary>
    private static async Task<Orleans.ReminderEntry?> ReminderAsync(TestSilo silo)
    {
        var table = silo.Services.GetRequiredService<Orleans.IReminderTable>();
        return await table.ReadRow(ScheduleGrain(silo).GetGrainId(), OperatorGrainState.ReminderName);
    }

    private static async Task SetAsync(TestSilo silo, string at, string zone)
    {
        var response = await SiloApi.SendAsync(silo.Http, HttpMethod.Put, Schedule, new StringContent(
            $$"""{"at":"{{at}}","zone":"{{zone}}"}""", Encoding.UTF8, "application/json"));
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
    }

    private static async Task<string?> BusinessDateAsync(TestSilo silo) =>
        (await SiloApi.GetAsync(silo.Http, Schedule)).Json.GetProperty("businessDate").GetString();

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
