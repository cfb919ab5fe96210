using System.Globalization;
using System.Text;

namespace Ledger.LoadTest.Generate;

/// <summary>Builds one stream record as a line of JSON, fields in the order written. Every value the generator
/// writes is ASCII without quotes or backslashes (ids, dates, decimal strings), so nothing needs escaping.</summary>
internal sealed class RecordBuilder
{
    private readonly StringBuilder _text = new(512);
    private bool _inArray;
    private bool _firstInArray;

    public RecordBuilder Begin(string type, string id)
    {
        _text.Clear().Append("{\"type\":\"").Append(type).Append("\",\"id\":\"").Append(id).Append('"');
        return this;
    }

    /// <summary>Begins a record whose id is <c>c{idNumber}</c>.</summary>
    public RecordBuilder Begin(string type, long idNumber)
    {
        _text.Clear().Append("{\"type\":\"").Append(type).Append("\",\"id\":\"c")
            .Append(idNumber.ToString(CultureInfo.InvariantCulture)).Append('"');
        return this;
    }

    public RecordBuilder String(string name, string value)
    {
        Name(name).Append('"').Append(value).Append('"');
        return this;
    }

    /// <summary>A string made of a prefix and a number zero-padded to <paramref name="digits"/>: B0000001.</summary>
    public RecordBuilder Padded(string name, char prefix, long number, int digits)
    {
        var formatted = number.ToString(CultureInfo.InvariantCulture);
        Name(name).Append('"').Append(prefix).Append('0', Math.Max(0, digits - formatted.Length))
            .Append(formatted).Append('"');
        return this;
    }

    /// <summary>A string made of a prefix and a number: QL1, F3, S17.</summary>
    public RecordBuilder Numbered(string name, string prefix, long number)
    {
        Name(name).Append('"').Append(prefix).Append(number.ToString(CultureInfo.InvariantCulture)).Append('"');
        return this;
    }

    public RecordBuilder Integer(string name, long value)
    {
        Name(name).Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public RecordBuilder BeginArray(string name)
    {
        Name(name).Append('[');
        _inArray = true;
        _firstInArray = true;
        return this;
    }

    /// <summary>One tranche object of an OpenOrder, with its release date when it is scheduled.</summary>
    public RecordBuilder Tranche(long amountMinor, string? releaseDate)
    {
        if (!_firstInArray)
        {
            _text.Append(',');
        }

        _firstInArray = false;
        _text.Append("{\"amount\":").Append(amountMinor.ToString(CultureInfo.InvariantCulture));
        if (releaseDate is not null)
        {
            _text.Append(",\"releaseDate\":\"").Append(releaseDate).Append('"');
        }

        _text.Append('}');
        return this;
    }

    public RecordBuilder EndArray()
    {
        _text.Append(']');
        _inArray = false;
        return this;
    }

    public string End() => _text.Append('}').ToString();

    private StringBuilder Name(string name)
    {
        if (_inArray)
        {
            throw new InvalidOperationException("A field written inside an array.");
        }

        return _text.Append(",\"").Append(name).Append("\":");
    }
}
