using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ledger.Domain;
using Microsoft.AspNetCore.Http.Metadata;

namespace Ledger.Silo;

/// <summary>The API's OpenAPI 3.1 document, <c>GET /openapi/v1.json</c> (no key). Its paths are the routes this silo
/// has mapped (method, operationId from the route's name, summary, who may call it), so a route cannot be missing
/// from it; what each operation takes and answers is in <see cref="Operations"/>, and a mapped route without an entry
/// there stops the document being built. Record schemas come from the domain's parser (each type's fields), response
/// schemas from the JSON contracts the silo writes (<see cref="ApiJson"/>, <see cref="ClusterJson"/>), and every enum
/// from the domain's own values (outcomes, day counts, statuses, journal events), so none can drift from what the
/// ledger does. No <c>servers</c> entry: clients name the silo they call.</summary>
internal static class OpenApiDocument
{
    public const string Path = "/openapi/v1.json";

    /// <summary>Serves the document, built once, on the first request (every route is mapped by then).</summary>
    public static void Map(WebApplication app)
    {
        var routes = (IEndpointRouteBuilder)app;
        var document = new Lazy<string>(() => Build(routes.DataSources).ToJsonString(), isThreadSafe: true);
        app.MapGet(Path, () => Results.Text(document.Value, "application/json; charset=utf-8"))
            .WithName("OpenApiDocument").ExcludeFromDescription().AllowWithoutKey();
    }

    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>Fields a record may leave out (stream-format.md marks them <c>?</c>); every other listed field is
    /// required.</summary>
    private static readonly Dictionary<string, string[]> OptionalFields = new(StringComparer.Ordinal)
    {
        [nameof(OpenCreditLine)] = ["maturityDate", "dayCount", "penaltyMultiplier"],
        [nameof(OpenOrder)] = ["dayCount", "penaltyMultiplier"],
    };

    private static readonly string[] DateNames =
    [
        "date", "expiryDate", "maturityDate", "originalMaturityDate", "effectiveDate", "releaseDate", "businessDate",
        "closing", "closedThrough",
    ];

    /// <summary>What each operation (by route name) takes and answers, and its tag.</summary>
    private static readonly Dictionary<string, Operation> Operations = new(StringComparer.Ordinal)
    {
        ["SubmitCommand"] = new("Commands", Body: Ref("Record"),
            Responses: [Ok(Ref(nameof(CommandResponse))), BadRequest, TooLarge, Retry]),
        ["SubmitBatch"] = new("Commands", Body: new JsonObject { ["type"] = "array", ["items"] = Ref("Record") },
            Responses: [Ok(ArrayOf(nameof(BatchItemResponse))), BadRequest, TooLarge, Retry]),
        ["GetBorrower"] = new("Borrowers", Responses: [Ok(Ref(nameof(BorrowerView))), BadRequest, NotFound]),
        ["GetLine"] = new("Borrowers", Responses: [Ok(Ref(nameof(LineView))), BadRequest, NotFound]),
        ["GetOrder"] = new("Borrowers", Responses: [Ok(Ref(nameof(OrderView))), BadRequest, NotFound]),
        ["GetJournal"] = new("Borrowers", Query: [("after", Int64()), ("limit", Int32(1, 1000))],
            Responses: [Ok(Ref(nameof(JournalView))), BadRequest, NotFound]),
        ["Status"] = new("Ledger", Responses: [Ok(Ref(nameof(StatusView)))]),
        ["GetWholeJournal"] = new("Ledger", Responses: [Lines("Every posting of the ledger, one JSON object a line.")]),
        ["GetAudit"] = new("Ledger", Responses:
            [Lines("Every posting, one JSON object a line, then one line {\"snapshot\": SNAPSHOT}.")]),
        ["GetSnapshot"] = new("Ledger", Responses: [Ok(Ref("Snapshot"))]),
        ["Silos"] = new("Cluster", Responses: [Ok(ArrayOf(nameof(SiloView)))]),
        ["Drain"] = new("Cluster", Responses: [("202", "Asked to drain.", Json, Ref(nameof(DrainView))), NotFound]),
        ["GetEndOfDaySchedule"] = new("Ledger", Responses: [Ok(Ref(nameof(ScheduleView)))]),
        ["SetEndOfDaySchedule"] = new("Ledger", Body: Ref("ScheduleRequest"), Responses:
            [Ok(Ref(nameof(ScheduleView))), ("400", "A bad time or zone (the problem names the field in field); "
                + "nothing was set.", ProblemJson, Ref("Problem"))]),
        ["ClearEndOfDaySchedule"] = new("Ledger", Responses: [Ok(Ref(nameof(ScheduleView)))]),
        ["Health"] = new("Operations", Responses: [Ok(Ref(nameof(HealthView)))]),
        ["Metrics"] = new("Operations", Responses:
            [("200", "The Prometheus text format.", "text/plain", new JsonObject { ["type"] = "string" })]),
    };

    private static (string, string, string?, JsonObject) BadRequest =>
        ("400", "The request fails its shape check (the problem names the field); nothing was booked.", ProblemJson,
            Ref("CommandProblem"));

    private static (string, string, string?, JsonObject) NotFound =>
        ("404", "No such borrower, line, order or silo.", ProblemJson, Ref("Problem"));

    private static (string, string, string?, JsonObject) TooLarge =>
        ("413", "The body is over the endpoint's limit (limitBytes); nothing was booked.", ProblemJson,
            Ref("TooLargeProblem"));

    private static (string, string, string?, JsonObject) Retry =>
        ("503", "Not booked now (Retry-After given); send the same command id again.", ProblemJson,
            Ref("RetryProblem"));

    public static JsonObject Build(IEnumerable<EndpointDataSource> sources)
    {
        var paths = new JsonObject();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
                     .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal))
        {
            if (endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true })
            {
                continue;
            }

            // A route mapped for every method (the Prometheus exporter's /metrics) is read with GET.
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];

            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
                ?? throw new InvalidOperationException($"The route {endpoint.RoutePattern.RawText} has no name.");
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var item = paths[route] as JsonObject ?? new JsonObject();
            paths[route] = item;
            foreach (var method in methods)
            {
                item[method.ToLowerInvariant()] = OperationOf(name, endpoint);
            }
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "Ledger",
                ["version"] = "v1",
                ["description"] = "A loan ledger. Commands are the stream records of stream-format.md; every "
                    + "business outcome is a 200 with the outcome, a refused shape a 400. Client keys send borrower "
                    + "commands and reads; operator keys also the ledger-scope commands (SetBusinessDate, EndOfDay), "
                    + "the cluster routes, the snapshot, the ledger-wide journal and audit, and the metrics.",
            },
            ["tags"] = new JsonArray(
                Tag("Commands", "Stream records, one or a batch."),
                Tag("Borrowers", "A borrower, its lines, orders and journal."),
                Tag("Ledger", "The ledger as a whole: status, journal, audit, snapshot."),
                Tag("Cluster", "The silos of the ledger."),
                Tag("Operations", "Health and metrics.")),
            ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["bearer"] = new JsonObject
                    {
                        ["type"] = "http",
                        ["scheme"] = "bearer",
                        ["description"] = "A client key (LEDGER_API_KEY) or an operator key (LEDGER_OPERATOR_KEY).",
                    },
                },
                ["schemas"] = Schemas(),
            },
        };
    }

    private static JsonObject OperationOf(string name, RouteEndpoint endpoint)
    {
        if (!Operations.TryGetValue(name, out var spec))
        {
            throw new InvalidOperationException($"The route {name} has no entry in the OpenAPI document.");
        }

        var anonymous = endpoint.Metadata.GetMetadata<NoKeyRequired>() is not null;
        var forOperator = endpoint.Metadata.GetMetadata<OperatorKeyRequired>() is not null;
        var summary = endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? name;
        var operation = new JsonObject
        {
            ["operationId"] = name,
            ["summary"] = summary,
            ["tags"] = new JsonArray(spec.Tag),
        };
        if (forOperator)
        {
            operation["description"] = "Needs an operator key.";
        }
        else if (name is "SubmitCommand" or "SubmitBatch")
        {
            operation["description"] = "SetBusinessDate and EndOfDay need an operator key (a batch holding one, "
                + "sent with a client key, is refused whole with 403); every other record a client key.";
        }

        var parameters = new JsonArray();
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = parameter.Name,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = Ref("Id"),
            });
        }

        foreach (var (query, schema) in spec.Query ?? [])
        {
            parameters.Add(new JsonObject
            {
                ["name"] = query,
                ["in"] = "query",
                ["required"] = false,
                ["schema"] = schema.DeepClone(),
            });
        }

        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        if (spec.Body is { } body)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { [Json] = new JsonObject { ["schema"] = body.DeepClone() } },
            };
        }

        var responses = new JsonObject();
        foreach (var (status, description, contentType, schema) in spec.Responses)
        {
            responses[status] = Response(description, contentType, schema);
        }

        if (name != "Health" && !responses.ContainsKey("503"))
        {
            // Every route but health reads the store or a grain, and answers a transient failure of either 503.
            responses["503"] = Response("Not answered now (Retry-After given); ask again.", ProblemJson,
                Ref("RetryProblem"));
        }

        if (anonymous)
        {
            operation["security"] = new JsonArray();
        }
        else
        {
            responses["401"] = Response("Missing or wrong key (WWW-Authenticate: Bearer).", ProblemJson,
                Ref("Problem"));
            if (forOperator || name is "SubmitCommand" or "SubmitBatch")
            {
                responses["403"] = Response("A client key asked an operator's action; nothing was done.", ProblemJson,
                    Ref("OperatorKeyProblem"));
            }
        }

        operation["responses"] = new JsonObject(responses.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => KeyValuePair.Create(r.Key, r.Value?.DeepClone())));
        return operation;
    }

    private static JsonObject Response(string description, string? contentType, JsonObject? schema)
    {
        var response = new JsonObject { ["description"] = description };
        if (contentType is not null && schema is not null)
        {
            response["content"] = new JsonObject
            {
                [contentType] = new JsonObject { ["schema"] = schema.DeepClone() },
            };
        }

        return response;
    }

    private static JsonObject Schemas()
    {
        var schemas = new JsonObject
        {
            ["Id"] = new JsonObject
            {
                ["type"] = "string",
                ["minLength"] = 1,
                ["maxLength"] = Values.MaxIdLength,
                ["pattern"] = "^[A-Za-z0-9_.:-]+$",
            },
            ["Date"] = new JsonObject { ["type"] = "string", ["format"] = "date" },
            ["Outcome"] = Enum("ACCEPTED or the ledger's rejection reason.",
                System.Enum.GetValues<CommandOutcome>().Select(o => o.ToCode())),
            ["DayCount"] = Enum("The day-count convention.",
                System.Enum.GetValues<DayCount>().Select(Values.FormatDayCount)),
            ["JournalEvent"] = Enum("What made a journal entry.", typeof(JournalEvents)
                .GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
                .Select(f => (string)f.GetRawConstantValue()!)),
            ["EntityKind"] = Enum("Which entity of the borrower an entry belongs to.", Lower<EntityKind>()),
            ["LineStatus"] = Enum("A line's status.", Lower<LineStatus>()),
            ["OrderStatus"] = Enum("An order's status.", Lower<OrderStatus>()),
            ["TrancheStatus"] = Enum("A tranche's status.", Lower<TrancheStatus>()),
            ["Rate"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "A yearly rate as a decimal string, at most 6 places (\"0.0395\").",
                ["pattern"] = "^[0-9]+(\\.[0-9]+)?$",
            },
            ["Multiplier"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "A multiplier as a decimal string, at most 2 places (\"1.5\").",
                ["pattern"] = "^[0-9]+(\\.[0-9]+)?$",
            },
            ["Snapshot"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "The snapshot of stream-format.md: borrowers, lines, orders, totals.",
            },
            ["ScheduleRequest"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "Close every business date at a wall-clock time (24-hour HH:MM) in an IANA time zone.",
                ["properties"] = new JsonObject
                {
                    ["at"] = new JsonObject { ["type"] = "string", ["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9]$" },
                    ["zone"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                },
                ["required"] = new JsonArray("at", "zone"),
                ["additionalProperties"] = false,
            },
            ["Tranche"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["amount"] = Int64(), ["releaseDate"] = Ref("Date") },
                ["required"] = new JsonArray("amount"),
                ["additionalProperties"] = false,
            },
        };
        AddProblems(schemas);
        AddRecords(schemas);
        foreach (var (type, context) in ResponseTypes)
        {
            schemas[type.Name] = SchemaOf(context.GetTypeInfo(type)!, type.Name);
        }

        return new JsonObject(schemas.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => KeyValuePair.Create(s.Key, s.Value?.DeepClone())));
    }

    private static readonly (Type, JsonSerializerContext)[] ResponseTypes =
    [
        (typeof(CommandResponse), ApiJson.Default), (typeof(BatchItemResponse), ApiJson.Default),
        (typeof(BorrowerView), ApiJson.Default), (typeof(LineView), ApiJson.Default),
        (typeof(OrderView), ApiJson.Default), (typeof(TrancheView), ApiJson.Default),
        (typeof(JournalView), ApiJson.Default), (typeof(JournalEntryView), ApiJson.Default),
        (typeof(PostingView), ApiJson.Default), (typeof(StatusView), ApiJson.Default),
        (typeof(ClosingView), ApiJson.Default), (typeof(HealthView), ApiJson.Default),
        (typeof(SiloView), ClusterJson.Default), (typeof(DrainView), ClusterJson.Default),
        (typeof(ScheduleView), ScheduleJson.Default),
    ];

    /// <summary>One schema per record type, its fields those the parser reads for it, and none other (records are
    /// strict); the union of them under <c>Record</c>, told apart by <c>type</c>.</summary>
    private static void AddRecords(JsonObject schemas)
    {
        var mapping = new JsonObject();
        var oneOf = new JsonArray();
        foreach (var type in CommandParser.RecordTypes.Order(StringComparer.Ordinal))
        {
            var fields = CommandParser.FieldsOf(type);
            var optional = OptionalFields.GetValueOrDefault(type, []);
            var properties = new JsonObject();
            foreach (var field in fields)
            {
                properties[field] = FieldSchema(type, field);
            }

            schemas[type] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = $"The {type} record of stream-format.md.",
                ["properties"] = properties,
                ["required"] = new JsonArray([.. fields.Except(optional).Select(f => (JsonNode?)f)]),
                ["additionalProperties"] = false,
            };
            mapping[type] = $"#/components/schemas/{type}";
            oneOf.Add(Ref(type));
        }

        schemas["Record"] = new JsonObject
        {
            ["description"] = "One stream record; its type field says which.",
            ["oneOf"] = oneOf,
            ["discriminator"] = new JsonObject { ["propertyName"] = "type", ["mapping"] = mapping },
        };
    }

    private static JsonObject FieldSchema(string type, string field) => field switch
    {
        "type" => new JsonObject { ["type"] = "string", ["const"] = type },
        "id" or "borrower" or "line" or "order" or "supplier" => Ref("Id"),
        "limit" or "amount" => Int64(),
        "tranche" => Int32(1, Values.MaxTranches),
        "rate" => Ref("Rate"),
        "penaltyMultiplier" => Ref("Multiplier"),
        "dayCount" => Ref("DayCount"),
        "tranches" => new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = 1,
            ["maxItems"] = Values.MaxTranches,
            ["items"] = Ref("Tranche"),
        },
        _ when DateNames.Contains(field) => Ref("Date"),
        _ => throw new InvalidOperationException($"The field {field} of {type} has no schema in the OpenAPI document."),
    };

    private static void AddProblems(JsonObject schemas)
    {
        schemas["Problem"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "RFC 9457 problem details, with the ledger's extensions.",
            ["properties"] = new JsonObject
            {
                ["type"] = new JsonObject { ["type"] = "string" },
                ["title"] = new JsonObject { ["type"] = "string" },
                ["status"] = Int32(400, 599),
                ["detail"] = new JsonObject { ["type"] = "string" },
                ["instance"] = new JsonObject { ["type"] = "string" },
                ["traceId"] = new JsonObject { ["type"] = "string" },
                ["reason"] = new JsonObject { ["type"] = "string", ["description"] = "A machine-readable reason." },
                ["field"] = new JsonObject
                {
                    ["type"] = "string",
                    ["description"] = "The offending field of the record, or (body).",
                },
                ["id"] = new JsonObject
                {
                    ["type"] = new JsonArray("string", "null"),
                    ["description"] = "The record's id, when it has one.",
                },
                ["retryable"] = new JsonObject { ["type"] = "boolean" },
                ["limitBytes"] = Int64(),
            },
            ["required"] = new JsonArray("title", "status"),
        };
        schemas["CommandProblem"] = Extend("A refused shape: reason is the ledger's (INVALID_COMMAND and the like), "
            + "field the offending field.", new JsonObject { ["reason"] = Ref("Outcome") }, "reason", "field");
        schemas["TooLargeProblem"] = Extend("The body is over the limit.", new JsonObject(), "limitBytes");
        schemas["RetryProblem"] = Extend("Nothing was booked now; send the same command id again.",
            new JsonObject
            {
                ["retryable"] = new JsonObject { ["const"] = true },
                ["reason"] = new JsonObject
                {
                    ["type"] = "string",
                    ["description"] = "Why: STORE_UNAVAILABLE, TIMEOUT, UNAVAILABLE, COMMIT_FAILED, "
                        + "BOOK_VERSION_CONFLICT, STOPPING, MEMORY_PRESSURE, ...",
                },
            }, "reason", "retryable");
        schemas["OperatorKeyProblem"] = Extend("A client key asked an operator's action.",
            new JsonObject { ["reason"] = new JsonObject { ["const"] = Access.OperatorKeyReason } }, "reason");
    }

    private static JsonObject Extend(string description, JsonObject properties, params string[] required) => new()
    {
        ["description"] = description,
        ["allOf"] = new JsonArray(Ref("Problem"), new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. required.Select(r => (JsonNode?)r)]),
        }),
    };

    /// <summary>The schema of a JSON contract, from the serializer's own metadata: a property left out when null is
    /// optional, any other is required (null where its type allows it).</summary>
    private static JsonObject SchemaOf(JsonTypeInfo info, string typeName)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in info.Properties)
        {
            var optional = property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), true)
                .OfType<JsonIgnoreAttribute>().Any(a => a.Condition == JsonIgnoreCondition.WhenWritingNull) == true;
            var schema = Overlay(typeName, property.Name, property.PropertyType) ?? TypeSchema(property.PropertyType);
            var nullable = !optional && (Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (!property.PropertyType.IsValueType && property.IsGetNullable));
            properties[property.Name] = nullable
                ? new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) }
                : schema;
            if (!optional)
            {
                required.Add(property.Name);
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
        };
    }

    /// <summary>The domain's enum or format for a property, where the CLR type (a string) says less.</summary>
    private static JsonObject? Overlay(string typeName, string property, Type type) => (typeName, property) switch
    {
        (_, "outcome") => Ref("Outcome"),
        (_, "dayCount") => Ref("DayCount"),
        (_, "event") => Ref("JournalEvent"),
        (_, "entityKind") => Ref("EntityKind"),
        (_, "rate") => Ref("Rate"),
        (_, "penaltyMultiplier") => Ref("Multiplier"),
        (nameof(LineView), "status") => Ref("LineStatus"),
        (nameof(OrderView), "status") => Ref("OrderStatus"),
        (nameof(TrancheView), "status") => Ref("TrancheStatus"),
        (_, "field") => new JsonObject
        {
            ["type"] = "string",
            ["description"] = "The offending field of a refused record.",
        },
        (_, "retry") => new JsonObject
        {
            ["type"] = "string",
            ["description"] = "Set instead of outcome when nothing was booked: why (UNAVAILABLE, COMMIT_FAILED, ...);"
                + " send the item again with the same id.",
        },
        _ when DateNames.Contains(property) && type == typeof(string) => Ref("Date"),
        _ => null,
    };

    private static JsonObject TypeSchema(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = "string" };
        }

        if (type == typeof(long))
        {
            return Int64();
        }

        if (type == typeof(int))
        {
            return new JsonObject { ["type"] = "integer", ["format"] = "int32" };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(DateTimeOffset))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        }

        if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
            return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(element) };
        }

        if (ResponseTypes.Any(t => t.Item1 == type))
        {
            return Ref(type.Name);
        }

        throw new InvalidOperationException($"No OpenAPI schema for {type.Name}.");
    }

    private static JsonObject Ref(string name) => new() { ["$ref"] = $"#/components/schemas/{name}" };

    private static JsonObject ArrayOf(string name) => new() { ["type"] = "array", ["items"] = Ref(name) };

    private static JsonObject Int64() => new() { ["type"] = "integer", ["format"] = "int64" };

    private static JsonObject Int32(int minimum, int maximum) => new()
    {
        ["type"] = "integer",
        ["format"] = "int32",
        ["minimum"] = minimum,
        ["maximum"] = maximum,
    };

    private static JsonObject Enum(string description, IEnumerable<string> values) => new()
    {
        ["type"] = "string",
        ["description"] = description,
        ["enum"] = new JsonArray([.. values.Distinct().Select(v => (JsonNode?)v)]),
    };

    private static IEnumerable<string> Lower<T>() where T : struct, System.Enum =>
        System.Enum.GetValues<T>().Select(v => v.ToString().ToLowerInvariant());

    private static JsonObject Tag(string name, string description) =>
        new() { ["name"] = name, ["description"] = description };

    private static (string, string, string?, JsonObject) Ok(JsonObject schema) => ("200", "OK.", Json, schema);

    private static (string, string, string?, JsonObject) Lines(string description) =>
        ("200", description, "application/x-ndjson", new JsonObject { ["type"] = "string" });

    private sealed record Operation(
        string Tag,
        (string Status, string Description, string? ContentType, JsonObject Schema)[] Responses,
        JsonObject? Body = null,
        (string Name, JsonObject Schema)[]? Query = null);
}
