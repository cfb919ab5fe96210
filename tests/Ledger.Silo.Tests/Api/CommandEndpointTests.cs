using System.Net;
using System.Text.Json;
using Ledger.Silo.Tests.Support;

namespace Ledger.Silo.Tests.Api;

/// <summary>POST /v1/commands and /v1/commands/batch: business outcomes are 200s, shape failures of a single record
/// are 400 problem details naming the reason and the field, and a batch answers every item on its own.</summary>
public sealed class CommandEndpointTests(ApiSiloFixture fixture) : IClassFixture<ApiSiloFixture>
{
    private HttpClient Http => fixture.Silo.Http;

    [Fact]
    public async Task Submit_ValidCommand_Returns200AcceptedWithItsId()
    {
        var id = ApiSiloFixture.NewId("c-");

        var response = await SiloApi.PostAsync(Http, "v1/commands",
            $$"""{"type":"OpenBorrower","id":"{{id}}","borrower":"{{ApiSiloFixture.NewId("B")}}","limit":1000}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(id, response.Json.GetProperty("id").GetString());
        Assert.Equal("ACCEPTED", response.Json.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Submit_DrawOnUnknownBorrower_Returns200WithUnknownBorrower()
    {
        var id = ApiSiloFixture.NewId("c-");

        var response = await SiloApi.PostAsync(Http, "v1/commands",
            $$"""{"type":"Draw","id":"{{id}}","borrower":"{{ApiSiloFixture.NewId("NOPE")}}","line":"L1","amount":5}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(id, response.Json.GetProperty("id").GetString());
        Assert.Equal("UNKNOWN_BORROWER", response.Json.GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10000000000001")]
    public async Task Submit_AmountOutOfRange_Returns400InvalidAmountNamingAmount(string amount)
    {
        var id = ApiSiloFixture.NewId("c-");

        var response = await SiloApi.PostAsync(Http, "v1/commands",
            $$"""{"type":"Draw","id":"{{id}}","borrower":"B1","line":"L1","amount":{{amount}}}""");

        AssertShapeProblem(response, "INVALID_AMOUNT", "amount");
        Assert.Equal(id, response.Json.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2024-02-30")]
    [InlineData("1 March 2024")]
    [InlineData("")]
    public async Task Submit_BadDate_Returns400InvalidCommandNamingDate(string date)
    {
        var response = await SiloApi.PostAsync(Http, "v1/commands",
            $$"""{"type":"EndOfDay","id":"{{ApiSiloFixture.NewId("e-")}}","date":"{{date}}"}""");

        AssertShapeProblem(response, "INVALID_COMMAND", "date");
    }

    [Fact]
    public async Task Submit_DateOfWrongJsonType_Returns400InvalidCommandNamingDate()
    {
        var response = await SiloApi.PostAsync(Http, "v1/commands",
            $$"""{"type":"EndOfDay","id":"{{ApiSiloFixture.NewId("e-")}}","date":20240301}""");

        AssertShapeProblem(response, "INVALID_COMMAND", "date");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"Draw\",\"id\":\"x")]
    [InlineData("")]
    public async Task Submit_BodyNotJson_Returns400InvalidCommand(string body)
    {
        var response = await SiloApi.PostAsync(Http, "v1/commands", body);

        AssertShapeProblem(response, "INVALID_COMMAND", field: null);
    }

    [Theory]
    [InlineData("[{\"type\":\"Draw\"}]")]
    [InlineData("\"Draw\"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task Submit_JsonNotAnObject_Returns400InvalidCommand(string body)
    {
        var response = await SiloApi.PostAsync(Http, "v1/commands", body);

        AssertShapeProblem(response, "INVALID_COMMAND", field: null);
    }

    /// <summary>Strings the JSON reader accepts but cannot decode: invalid UTF-8 bytes (0xC1 never occurs in
    /// UTF-8) and an escaped lone surrogate, in the id, in another field, and in a property name.</summary>
    public static TheoryData<string> UndecodableRecords => new()
    {
        "{\"type\":\"Draw\",\"id\":\"c-\u00C1\",\"borrower\":\"B1\",\"line\":\"L1\",\"amount\":5}",
        "{\"type\":\"Draw\",\"id\":\"c-1\",\"borrower\":\"B\u00C1\",\"line\":\"L1\",\"amount\":5}",
        "{\"type\":\"Draw\",\"id\":\"c-1\",\"borrower\":\"B1\",\"line\":\"L1\",\"amount\":5,\"x\u00C1\":1}",
        "{\"type\":\"Draw\",\"id\":\"c-\\ud800\",\"borrower\":\"B1\",\"line\":\"L1\",\"amount\":5}",
        "{\"type\":\"Draw\",\"id\":\"c-1\",\"borrower\":\"\\udc00B\",\"line\":\"L1\",\"amount\":5}",
    };

    [Theory]
    [MemberData(nameof(UndecodableRecords))]
    public async Task Submit_StringThatCannotBeDecoded_Returns400InvalidCommand(string record)
    {
        var response = await SiloApi.PostAsync(Http, "v1/commands", Latin1Bytes(record), "application/json");

        AssertShapeProblem(response, "INVALID_COMMAND", field: null);
    }

    [Theory]
    [MemberData(nameof(UndecodableRecords))]
    public async Task Batch_ItemWithStringThatCannotBeDecoded_AnswersThatItemInvalidCommand(string record)
    {
        var borrower = ApiSiloFixture.NewId("B");
        var valid = $$"""{"type":"OpenBorrower","id":"c-ok","borrower":"{{borrower}}","limit":1}""";

        var response = await SiloApi.PostAsync(Http, "v1/commands/batch", Latin1Bytes($"[{valid},{record}]"),
            "application/json");

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        var results = response.Json.EnumerateArray().ToList();
        Assert.Equal(["ACCEPTED", "INVALID_COMMAND"], results.Select(r => Text(r, "outcome")));
    }

    [Fact]
    public async Task Submit_ShapeRejectedThenValidWithSameId_IdStaysFreeAndIsAccepted()
    {
        var id = ApiSiloFixture.NewId("c-");
        var borrower = ApiSiloFixture.NewId("B");

        var rejected = await SiloApi.PostAsync(Http, "v1/commands",
            $$"""{"type":"OpenBorrower","id":"{{id}}","borrower":"{{borrower}}","limit":-1}""");
        var accepted = await SiloApi.SubmitAsync(Http,
            $$"""{"type":"OpenBorrower","id":"{{id}}","borrower":"{{borrower}}","limit":1}""");

        AssertShapeProblem(rejected, "INVALID_COMMAND", "limit");
        Assert.Equal("ACCEPTED", accepted);
    }

    [Fact]
    public async Task Submit_SameIdAgain_ReturnsRecordedOutcomeOrConflict()
    {
        var id = ApiSiloFixture.NewId("c-");
        var borrower = ApiSiloFixture.NewId("B");
        var record = $$"""{"type":"OpenBorrower","id":"{{id}}","borrower":"{{borrower}}","limit":100}""";
        var reordered = $$"""{"limit":100,"borrower":"{{borrower}}","id":"{{id}}","type":"OpenBorrower"}""";
        var changed = $$"""{"type":"OpenBorrower","id":"{{id}}","borrower":"{{borrower}}","limit":101}""";

        var first = await SiloApi.SubmitAsync(Http, record);
        var retried = await SiloApi.SubmitAsync(Http, reordered);
        var conflict = await SiloApi.SubmitAsync(Http, changed);
        var view = await SiloApi.GetAsync(Http, $"v1/borrowers/{borrower}");

        Assert.Equal(["ACCEPTED", "ACCEPTED", "DUPLICATE_ID_CONFLICT"], new[] { first, retried, conflict });
        Assert.Equal(100, view.Json.GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task Batch_MixedItems_EachItemGetsItsOwnResultInOrder()
    {
        var borrower = ApiSiloFixture.NewId("B");
        var ids = Enumerable.Range(0, 9).Select(_ => ApiSiloFixture.NewId("c-")).ToArray();
        var body = $$"""
            [
              {"type":"OpenBorrower","id":"{{ids[0]}}","borrower":"{{borrower}}","limit":50000000},
              {"type":"OpenCreditLine","id":"{{ids[1]}}","borrower":"{{borrower}}","line":"L1","limit":20000000,
               "rate":"0.0395","expiryDate":"2025-02-28"},
              {"type":"Draw","id":"{{ids[2]}}","borrower":"{{borrower}}","line":"L1","amount":-1},
              {"type":"Draw","id":"{{ids[3]}}","borrower":"{{borrower}}","line":"L1","amount":1500000},
              {"type":"Draw","id":"{{ids[4]}}","borrower":"{{ApiSiloFixture.NewId("NOPE")}}","line":"L1","amount":5},
              {"type":"EndOfDay","id":"{{ids[5]}}","date":"2024-02-31"},
              42,
              {"type":"Draw","borrower":"{{borrower}}","line":"L1","amount":5},
              {"type":"Draw","id":"{{ids[8]}}","borrower":"{{borrower}}","line":"L2","amount":5}
            ]
            """;

        var response = await SiloApi.PostAsync(Http, "v1/commands/batch", body);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var results = response.Json.EnumerateArray().ToList();
        Assert.Equal(9, results.Count);
        Assert.Equal(
            [
                (ids[0], "ACCEPTED", null), (ids[1], "ACCEPTED", null), (ids[2], "INVALID_AMOUNT", "amount"),
                (ids[3], "ACCEPTED", null), (ids[4], "UNKNOWN_BORROWER", null), (ids[5], "INVALID_COMMAND", "date"),
                (null, "INVALID_COMMAND", "id"), (null, "INVALID_COMMAND", "id"), (ids[8], "UNKNOWN_LINE", null),
            ],
            results.Select(r => (Text(r, "id"), Text(r, "outcome"), Text(r, "field"))).ToList());
        var line = await SiloApi.GetAsync(Http, $"v1/borrowers/{borrower}/lines/L1");
        Assert.Equal(1_500_000, line.Json.GetProperty("principal").GetInt64());
    }

    [Fact]
    public async Task Batch_EmptyArray_Returns200EmptyArray()
    {
        var response = await SiloApi.PostAsync(Http, "v1/commands/batch", "[]");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Array, response.Json.ValueKind);
        Assert.Equal(0, response.Json.GetArrayLength());
    }

    [Theory]
    [InlineData("{\"type\":\"SetBusinessDate\",\"id\":\"d\",\"date\":\"2024-03-01\"}")]
    [InlineData("\"[]\"")]
    [InlineData("null")]
    [InlineData("[{\"type\":\"Draw\"}")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Batch_BodyNotAnArray_Returns400(string body)
    {
        var response = await SiloApi.PostAsync(Http, "v1/commands/batch", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("INVALID_COMMAND", response.Json.GetProperty("reason").GetString());
    }

    /// <summary>The string's characters as bytes one for one, so that \u00C1 in a test record is the raw byte 0xC1.
    /// </summary>
    private static byte[] Latin1Bytes(string text) => System.Text.Encoding.Latin1.GetBytes(text);

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A 400 problem details (RFC 9457) with the spec's reason and, when given, the offending field.
    /// </summary>
    private static void AssertShapeProblem(ApiResponse response, string reason, string? field)
    {
        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        Assert.Equal("application/problem+json", response.ContentType);
        var problem = response.Json;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("field").GetString()), response.ToString());
        if (field is not null)
        {
            Assert.Equal(field, problem.GetProperty("field").GetString());
        }
    }
}
