namespace Ledger.Domain.Tests.Parsing;

/// <summary><c>src/Ledger.Domain/README.md</c> cannot drift from the domain: its records table names every record type
/// the parser knows, with every field the parser accepts for it (a tranche's too), and no other type; its outcomes
/// table names every outcome code of <see cref="CommandOutcome"/>, and no other.</summary>
public sealed class DomainDocTests
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(DocPath()));

    [Fact]
    public void RecordsTable_NamesEveryRecordTypeWithEveryFieldItAccepts()
    {
        var rows = TableRows("## Records");

        Assert.Equal(CommandParser.RecordTypes.Order(StringComparer.Ordinal),
            rows.Keys.Order(StringComparer.Ordinal));
        foreach (var type in CommandParser.RecordTypes)
        {
            var fields = rows[type];
            foreach (var field in CommandParser.FieldsOf(type).Except(["type", "id"]))
            {
                Assert.True(fields.Contains($"`{field}`", StringComparison.Ordinal),
                    $"The row of {type} does not name its field {field}: {fields}");
            }
        }

        // A tranche's own fields, in the OpenOrder row.
        Assert.Contains("\"amount\"", rows["OpenOrder"], StringComparison.Ordinal);
        Assert.Contains("\"releaseDate\"", rows["OpenOrder"], StringComparison.Ordinal);
    }

    [Fact]
    public void OutcomesTable_NamesEveryOutcomeCodeOfTheDomain()
    {
        var rows = TableRows("## Outcomes");

        var codes = Enum.GetValues<CommandOutcome>().Select(o => o.ToCode()).Order(StringComparer.Ordinal);
        Assert.Equal(codes, rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(rows.Values, when => Assert.False(string.IsNullOrWhiteSpace(when)));
    }

    /// <summary>The first table under <paramref name="heading"/>: its rows' first cells (a name in backquotes) with
    /// the rest of each row.</summary>
    private static Dictionary<string, string> TableRows(string heading)
    {
        var start = Array.IndexOf(Lines.Value, heading);
        Assert.True(start >= 0, $"{DocPath()} has no heading '{heading}'.");
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var inTable = false;
        foreach (var line in Lines.Value.Skip(start + 1))
        {
            if (!line.StartsWith('|'))
            {
                if (inTable)
                {
                    break;
                }

                continue;
            }

            inTable = true;
            var cells = line.Split('|');
            var name = cells[1].Trim();
            if (name.Length > 2 && name[0] == '`' && name[^1] == '`')
            {
                Assert.True(rows.TryAdd(name[1..^1], string.Join('|', cells.Skip(2))), $"Listed twice: {name}");
            }
        }

        return rows;
    }

    /// <summary>The doc in the repository this test was built from (tests/Ledger.Domain.Tests/bin/CONFIG/TFM/).
    /// </summary>
    private static string DocPath()
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var repository = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(repository, "src", "Ledger.Domain", "README.md");
    }
}
