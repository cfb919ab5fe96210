using System.Net;
using System.Text.Json;
using Ledger.Domain;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Api;

/// <summary>Records are strict over HTTP as in the domain (stream-format.md): the body reaches the domain's parser
/// as sent, with no case-insensitive binding in front of it, so a field the type does not list, a listed field in
/// another case, or a field given twice (in the record or a tranche) is a 400 problem naming the field, or in a
/// batch that item's INVALID_COMMAND naming it, and nothing is booked.</summary>
public sealed class StrictRecordApiTests(ApiSiloFixture fixture) : IClassFixture<ApiSiloFixture>
{
    private HttpClient Http => fixture.Silo.Http;

    public static TheoryData<string> Types => new(CommandParser.RecordTypes.Order());

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Submit_FuzzedExtraDoubledOrMiscasedField_Returns400NamingTheField(string type)
    {
        foreach (var mutation in Mutations(type, seed: type.Length))
        {
            var response = await SiloApi.PostAsync(Http, "v1/commands", mutation.Record);

            Assert.True(response.Status == HttpStatusCode.BadRequest, $"{mutation}\n{response}");
            Assert.Equal("INVALID_COMMAND", response.Json.GetProperty("reason").GetString());
            Assert.True(mutation.Field == response.Json.GetProperty("field").GetString(), $"{mutation}\n{response}");
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Batch_FuzzedExtraDoubledOrMiscasedFields_EachItemInvalidCommandNamingItsField(string type)
    {
        var mutations = Mutations(type, seed: 100 + type.Length);
        var valid = ValidRecord(type);
        var body = "[" + valid + "," + string.Join(",", mutations.Select(m => m.Record)) + "]";

        var response = await SiloApi.PostAsync(Http, "v1/commands/batch", body);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        var items = response.Json.EnumerateArray().ToList();
        Assert.Equal(mutations.Count + 1, items.Count);
        Assert.False(items[0].TryGetProperty("field", out _), $"{valid}: {items[0]}");
        for (var i = 0; i < mutations.Count; i++)
        {
            var item = items[i + 1];
            Assert.True(item.GetProperty("outcome").GetString() == "INVALID_COMMAND", $"{mutations[i]}: {item}");
            Assert.True(mutations[i].Field == item.GetProperty("field").GetString(), $"{mutations[i]}: {item}");
        }
    }

    [Fact]
    public async Task Submit_MisspelledDayCountThenCorrected_BooksTheCorrectedLineOnly()
    {
        var borrower = ApiSiloFixture.NewId("S");
        var openId = ApiSiloFixture.NewId("b-");
        await SiloApi.AcceptAllAsync(Http,
            $$"""{"type":"OpenBorrower","id":"{{openId}}","borrower":"{{borrower}}","limit":50000000}""");
        var lineId = ApiSiloFixture.NewId("l-");
        var record = $$"""{"type":"OpenCreditLine","id":"{{lineId}}","borrower":"{{borrower}}","line":"L1",""" +
            "\"limit\":10000000,\"rate\":\"0.0365\",\"expiryDate\":\"2025-02-28\",\"daycount\":\"ACT/365\"}";

        var refused = await SiloApi.PostAsync(Http, "v1/commands", record);
        var missing = await SiloApi.GetAsync(Http, $"v1/borrowers/{borrower}/lines/L1");
        var corrected = await SiloApi.SubmitAsync(Http, record.Replace("daycount", "dayCount", StringComparison.Ordinal));
        var line = await SiloApi.GetAsync(Http, $"v1/borrowers/{borrower}/lines/L1");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("daycount", refused.Json.GetProperty("field").GetString());
        Assert.Equal(lineId, refused.Json.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("ACCEPTED", corrected);
        Assert.Equal("ACT/365", line.Json.GetProperty("dayCount").GetString());
    }

    private static List<FieldMutation> Mutations(string type, int seed) =>
        StrictFieldMutations.Of(ValidRecord(type), CommandParser.FieldsOf(type).ToList(), new Random(seed), perKind: 3);

    /// <summary>A well-formed record of <paramref name="type"/> with every field it lists, on a borrower of its own
    /// (the ledger's rules then answer it, whatever they say).</summary>
    private static string ValidRecord(string type)
    {
        var fields = new Dictionary<string, object>
        {
            ["date"] = ApiSiloFixture.BusinessDate, ["borrower"] = ApiSiloFixture.NewId("S"), ["limit"] = 1000,
            ["line"] = "L1", ["order"] = "O1", ["supplier"] = "FEED", ["rate"] = "0.0395",
            ["expiryDate"] = "2025-02-28", ["maturityDate"] = "2025-03-31", ["dayCount"] = "ACT/365",
            ["penaltyMultiplier"] = "2", ["amount"] = 500, ["effectiveDate"] = "2024-03-02", ["tranche"] = 1,
            ["tranches"] = new object[]
            {
                new Dictionary<string, object> { ["amount"] = 300, ["releaseDate"] = "2024-03-02" },
                new Dictionary<string, object> { ["amount"] = 300 },
            },
        };
        var record = new Dictionary<string, object> { ["type"] = type, ["id"] = ApiSiloFixture.NewId("s-") };
        foreach (var field in CommandParser.FieldsOf(type).Where(f => f is not ("type" or "id")))
        {
            record[field] = fields[field];
        }

        var text = JsonSerializer.Serialize(record);
        Assert.True(CommandParser.Parse(text).Status == ParseStatus.Valid, text);
        return text;
    }
}
