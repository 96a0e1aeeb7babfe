using System.Globalization;
using System.Text;
using Analytics.Etl.Normalizing;
using UglyToad.PdfPig.Content;

namespace Analytics.Etl.Reading.Pdf;

/// <summary>A run of letters of one visual line with no wide gap or ruling inside: one cell's piece of text.</summary>
internal sealed record TextPiece(string Text, double Left, double Right);

/// <summary>One visual line: letters sharing a baseline, split into pieces at wide gaps and vertical rulings.</summary>
internal sealed record VisualLine(double Baseline, double Size, IReadOnlyList<TextPiece> Pieces)
{
    public double Left => Pieces[0].Left;

    public double Right => Pieces[^1].Right;
}

/// <summary>A line of the page as the reader emits it, with where it sat, to tell running headers and tables apart.</summary>
internal sealed record PageLine(string Text, double Top, double Bottom, bool IsTableRow, bool BlankBefore);

/// <summary>Groups a page's letters into visual lines (by baseline) and each line into pieces (by gaps and rulings).</summary>
internal static class PageLayout
{
    /// <summary>Baselines closer than this share a line (a fraction of the font size).</summary>
    private const double BaselineTolerance = 0.35;

    /// <summary>A gap wider than this is a space (a fraction of the font size; a space is ~0.22 em).</summary>
    private const double SpaceGap = 0.12;

    /// <summary>A gap wider than this separates cells: clearly more than a space or two (a fraction of the font size).</summary>
    private const double CellGap = 0.8;

    /// <summary>NFKC plus the radical forms NFKC leaves alone: PDF fonts often map 金 to ⾦ and 门 to ⻔.</summary>
    private static readonly NormalizeUnicode Unicode = new();

    public static List<VisualLine> Lines(IEnumerable<Letter> letters, Rulings rulings)
    {
        var glyphs = letters
            .Where(letter => !string.IsNullOrWhiteSpace(letter.Value))
            .Select(letter => new Glyph(
                Unicode.Normalize(letter.Value),
                letter.StartBaseLine.X,
                Math.Max(letter.EndBaseLine.X, letter.StartBaseLine.X + (letter.Width > 0 ? letter.Width : 0)),
                letter.StartBaseLine.Y,
                FontSize(letter)))
            .OrderByDescending(glyph => glyph.Baseline)
            .ThenBy(glyph => glyph.Left)
            .ToList();

        var lines = new List<VisualLine>();
        var current = new List<Glyph>();
        foreach (var glyph in glyphs)
        {
            if (current.Count > 0 && current[0].Baseline - glyph.Baseline > BaselineTolerance * Math.Max(current[0].Size, glyph.Size))
            {
                lines.Add(ToLine(current, rulings));
                current = [];
            }

            current.Add(glyph);
        }

        if (current.Count > 0)
        {
            lines.Add(ToLine(current, rulings));
        }

        return lines;
    }

    /// <summary>Joins two pieces of one cell that wrapped: Chinese text wraps anywhere (no space), words wrap at spaces.</summary>
    public static string JoinWrapped(string first, string second)
    {
        if (first.Length == 0 || second.Length == 0)
        {
            return first + second;
        }

        return IsCjk(first[^1]) || IsCjk(second[0]) ? first + second : first + " " + second;
    }

    private static bool IsCjk(char value) => value >= '\u2E80' || char.GetUnicodeCategory(value) is UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation;

    private static double FontSize(Letter letter)
    {
        if (letter.PointSize > 0.5)
        {
            return letter.PointSize;
        }

        return letter.BoundingBox.Height > 0.5 ? letter.BoundingBox.Height : 10;
    }

    private static VisualLine ToLine(List<Glyph> glyphs, Rulings rulings)
    {
        glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
        var size = glyphs.Select(glyph => glyph.Size).Order().ElementAt(glyphs.Count / 2);
        var baseline = glyphs.Average(glyph => glyph.Baseline);
        var pieces = new List<TextPiece>();
        var text = new StringBuilder(glyphs[0].Text);
        var left = glyphs[0].Left;
        var right = glyphs[0].Right;
        for (var index = 1; index < glyphs.Count; index++)
        {
            var glyph = glyphs[index];
            var gap = glyph.Left - right;
            if (gap > CellGap * size || rulings.HasVerticalBetween(right - 0.5, glyph.Left + 0.5, baseline))
            {
                pieces.Add(new TextPiece(text.ToString(), left, right));
                text.Clear();
                left = glyph.Left;
            }
            else if (gap > SpaceGap * size)
            {
                text.Append(' ');
            }

            text.Append(glyph.Text);
            right = Math.Max(right, glyph.Right);
        }

        pieces.Add(new TextPiece(text.ToString(), left, right));
        return new VisualLine(baseline, size, pieces);
    }

    private sealed record Glyph(string Text, double Left, double Right, double Baseline, double Size);
}
