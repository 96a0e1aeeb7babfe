using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Warehouse.Exports;

/// <summary>The stylesheet of an export: one cell format per <see cref="ColumnFormat"/>, plus the title and the headers.</summary>
internal static class XlsxStyles
{
    public const uint Title = 1;
    public const uint Header = 2;
    private const uint Text = 3;
    private const uint Integer = 4;
    private const uint Amount = 5;
    private const uint Rate = 6;
    private const uint Score = 7;
    private const uint Centered = 8;

    /// <summary>The number format codes, by <see cref="ColumnFormat"/>: 万元 amounts and rates as Excel shows them.</summary>
    public static IReadOnlyDictionary<ColumnFormat, string> NumberFormats { get; } = new Dictionary<ColumnFormat, string>
    {
        [ColumnFormat.WholeNumber] = "0",
        [ColumnFormat.Amount] = "#,##0.00",
        [ColumnFormat.Rate] = "0.00%",
        [ColumnFormat.Score] = "0.00",
    };

    public static uint For(ColumnFormat format) => format switch
    {
        ColumnFormat.WholeNumber => Integer,
        ColumnFormat.Amount => Amount,
        ColumnFormat.Rate => Rate,
        ColumnFormat.Score => Score,
        ColumnFormat.YesNo => Centered,
        _ => Text,
    };

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164U, FormatCode = NumberFormats[ColumnFormat.WholeNumber] },
            new NumberingFormat { NumberFormatId = 165U, FormatCode = NumberFormats[ColumnFormat.Amount] },
            new NumberingFormat { NumberFormatId = 166U, FormatCode = NumberFormats[ColumnFormat.Rate] },
            new NumberingFormat { NumberFormatId = 167U, FormatCode = NumberFormats[ColumnFormat.Score] })
        { Count = 4U },
        new Fonts(
            Font(11, bold: false),
            Font(11, bold: true),
            Font(14, bold: true))
        { Count = 3U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 3U },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder()))
        { Count = 2U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U },
            Format(0U, font: 2U, fill: 0U, border: 0U, HorizontalAlignmentValues.Left, wrap: false),
            Format(0U, font: 1U, fill: 2U, border: 1U, HorizontalAlignmentValues.Center, wrap: true),
            Format(0U, font: 0U, fill: 0U, border: 1U, HorizontalAlignmentValues.Left, wrap: true),
            Format(164U, font: 0U, fill: 0U, border: 1U, HorizontalAlignmentValues.Center, wrap: false),
            Format(165U, font: 0U, fill: 0U, border: 1U, HorizontalAlignmentValues.Right, wrap: false),
            Format(166U, font: 0U, fill: 0U, border: 1U, HorizontalAlignmentValues.Right, wrap: false),
            Format(167U, font: 0U, fill: 0U, border: 1U, HorizontalAlignmentValues.Right, wrap: false),
            Format(0U, font: 0U, fill: 0U, border: 1U, HorizontalAlignmentValues.Center, wrap: false))
        { Count = 9U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 });
        return font;
    }

    private static T Edge<T>()
        where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64U } };

    private static CellFormat Format(uint numberFormat, uint font, uint fill, uint border, HorizontalAlignmentValues horizontal, bool wrap) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = fill,
        BorderId = border,
        ApplyNumberFormat = numberFormat != 0U ? true : null,
        ApplyFont = true,
        ApplyFill = fill != 0U ? true : null,
        ApplyBorder = true,
        ApplyAlignment = true,
    };
}
