using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Etl.Reading.Office;

/// <summary>How a number in a cell of a given style is to be read: as itself, as a percent or as a date.</summary>
internal enum NumberKind
{
    Plain,
    Percent,
    Date,
}

/// <summary>The number kind of every cell style (cellXfs index) of a workbook, from its number format.</summary>
internal sealed class CellStyles
{
    private readonly NumberKind[] kinds;

    private CellStyles(NumberKind[] kinds) => this.kinds = kinds;

    public static CellStyles From(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                custom[id] = format.FormatCode?.Value ?? string.Empty;
            }
        }

        var kinds = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(format => KindOf(format.NumberFormatId?.Value ?? 0, custom))
            .ToArray() ?? [];
        return new CellStyles(kinds);
    }

    public NumberKind this[uint? styleIndex] => styleIndex is { } index && index < kinds.Length ? kinds[index] : NumberKind.Plain;

    private static NumberKind KindOf(uint id, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(id, out var code))
        {
            return KindOfCode(code);
        }

        // the built-in formats ECMA-376 18.8.30 numbers: 9-10 percent, 14-22 and 45-47 dates and times
        return id switch
        {
            9 or 10 => NumberKind.Percent,
            >= 14 and <= 22 or >= 45 and <= 47 or >= 27 and <= 36 or >= 50 and <= 58 => NumberKind.Date,
            _ => NumberKind.Plain,
        };
    }

    /// <summary>Reads a custom format code's first section, skipping quoted text, escaped characters and [colour] tags.</summary>
    private static NumberKind KindOfCode(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        var date = false;
        for (var index = 0; index < code.Length; index++)
        {
            var c = code[index];
            if (inQuotes)
            {
                inQuotes = c != '"';
                continue;
            }

            if (inBrackets)
            {
                inBrackets = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case '[':
                    inBrackets = true;
                    break;
                case '\\' or '_' or '*':
                    index++;
                    break;
                case ';':
                    return date ? NumberKind.Date : NumberKind.Plain;
                case '%':
                    return NumberKind.Percent;
                case 'y' or 'Y' or 'd' or 'D' or 'm' or 'M' or 'h' or 'H' or 's' or 'S':
                    date = true;
                    break;
                default:
                    break;
            }
        }

        return date ? NumberKind.Date : NumberKind.Plain;
    }
}
