using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ledger.GrainInterfaces;
using Ledger.OperatorInterfaces;

namespace Ledger.Silo;

/// <summary>The scheduled end of day as the API shows it: whether one is set, its time (<c>HH:mm</c>) and IANA zone,
/// the business date and the instant it closes under the schedule (UTC).</summary>
public sealed record ScheduleView(bool Scheduled, string? At, string? Zone, string? BusinessDate,
    DateTimeOffset? ClosesAt);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ScheduleView))]
internal sealed partial class ScheduleJson : JsonSerializerContext;

/// <summary>The operator's routes of the scheduled end of day (<see cref="IEndOfDayScheduleGrain"/>):
/// <c>GET</c>, <c>PUT</c> (<c>{"at":"18:00","zone":"Asia/Shanghai"}</c>) and <c>DELETE /v1/eod/schedule</c>.</summary>
internal static class EndOfDayScheduleEndpoints
{
    public const string Path = "/v1/eod/schedule";

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, async (IGrainFactory grains) => await ViewAsync(grains))
            .WithName("GetEndOfDaySchedule")
            .WithSummary("The scheduled end of day, the business date and when it closes under the schedule.")
            .RequireOperatorKey();
        app.MapPut(Path, SetAsync)
            .WithName("SetEndOfDaySchedule")
            .WithSummary("Close every business date at a wall-clock time in an IANA time zone: "
                + "{\"at\":\"18:00\",\"zone\":\"Asia/Shanghai\"}.")
            .ProducesProblem(400)
            .RequireOperatorKey();
        app.MapDelete(Path, async (IGrainFactory grains) =>
            {
                await Schedule(grains).ClearAsync();
                return await ViewAsync(grains);
            })
            .WithName("ClearEndOfDaySchedule").WithSummary("No scheduled end of day any more.")
            .RequireOperatorKey();
    }

    private static IEndOfDayScheduleGrain Schedule(IGrainFactory grains) =>
        grains.GetGrain<IEndOfDayScheduleGrain>(GrainKeys.Ledger);

    private static async Task<IResult> SetAsync(HttpContext http, IGrainFactory grains)
    {
        string? at = null;
        string? zone = null;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Bad("(body)", "The body must be a JSON object {\"at\":\"HH:MM\",\"zone\":\"IANA zone\"}.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "at" when property.Value.ValueKind == JsonValueKind.String:
                        at = property.Value.GetString();
                        break;
                    case "zone" when property.Value.ValueKind == JsonValueKind.String:
                        zone = property.Value.GetString();
                        break;
                    case "at" or "zone":
                        return Bad(property.Name, $"{property.Name} must be a string.");
                    default:
                        return Bad(property.Name, $"Unknown field {property.Name} (the fields are at and zone).");
                }
            }
        }
        catch (JsonException ex)
        {
            return Bad("(body)", $"The body is not JSON: {ex.Message.ReplaceLineEndings(" ")}");
        }

        if (!TimeOnly.TryParseExact(at, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return Bad("at", at is null
                ? "at is required: the closing time HH:MM (24-hour clock)."
                : $"at '{at}' is not a time HH:MM (24-hour clock, 00:00 to 23:59).");
        }

        if (!ClosingTimes.TryFindZone(zone, out _, out var error))
        {
            return Bad("zone", error);
        }

        await Schedule(grains).SetAsync(new EndOfDaySchedule { At = time, Zone = zone!.Trim() });
        return await ViewAsync(grains);
    }

    private static async Task<IResult> ViewAsync(IGrainFactory grains)
    {
        var schedule = await Schedule(grains).GetAsync();
        var date = await grains.GetGrain<ILedgerGrain>(GrainKeys.Ledger).GetBusinessDateAsync();
        DateTimeOffset? closesAt = schedule is not null && date is { } day
            && ClosingTimes.TryFindZone(schedule.Zone, out var zone, out _)
                ? ClosingTimes.For(day, schedule.At, zone)
                : null;
        return Results.Json(new ScheduleView(schedule is not null,
            schedule?.At.ToString("HH:mm", CultureInfo.InvariantCulture), schedule?.Zone,
            date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), closesAt), ScheduleJson.Default.ScheduleView);
    }

    private static IResult Bad(string field, string detail) => Results.Problem(
        statusCode: 400, title: "Bad end-of-day schedule", detail: detail,
        extensions: new Dictionary<string, object?> { ["reason"] = "INVALID_SCHEDULE", ["field"] = field });
}
