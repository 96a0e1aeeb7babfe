using UglyToad.PdfPig.Content;

namespace Analytics.Etl.Reading.Pdf;

/// <summary>A horizontal ruling from <see cref="Left"/> to <see cref="Right"/> at height <see cref="Y"/>.</summary>
internal readonly record struct HorizontalRule(double Left, double Right, double Y);

/// <summary>A vertical ruling at <see cref="X"/> from <see cref="Bottom"/> to <see cref="Top"/>.</summary>
internal readonly record struct VerticalRule(double X, double Bottom, double Top);

/// <summary>
/// A page's table rulings: thin filled rectangles (how Chromium and Word draw borders) and stroked lines or rectangles.
/// Optional help only: a page without them is read from word positions alone.
/// </summary>
internal sealed class Rulings
{
    /// <summary>A rectangle thinner than this (points) is a line.</summary>
    private const double Thin = 2.5;

    /// <summary>A line shorter than this (points) is a glyph part or a bullet, not a border.</summary>
    private const double Short = 4;

    private Rulings(List<HorizontalRule> horizontal, List<VerticalRule> vertical)
    {
        Horizontal = horizontal;
        Vertical = vertical;
    }

    public static Rulings None { get; } = new([], []);

    public IReadOnlyList<HorizontalRule> Horizontal { get; }

    public IReadOnlyList<VerticalRule> Vertical { get; }

    public bool IsEmpty => Horizontal.Count == 0 || Vertical.Count == 0;

    public static Rulings Of(Page page)
    {
        var horizontal = new List<HorizontalRule>();
        var vertical = new List<VerticalRule>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                double left = box.Left, right = box.Right, bottom = box.Bottom, top = box.Top;
                var (width, height) = (right - left, top - bottom);
                if (height <= Thin && width >= Short)
                {
                    horizontal.Add(new HorizontalRule(left, right, (top + bottom) / 2));
                }
                else if (width <= Thin && height >= Short)
                {
                    vertical.Add(new VerticalRule((left + right) / 2, bottom, top));
                }
                else if (path.IsStroked && !path.IsFilled && width >= Short && height >= Short)
                {
                    // a stroked rectangle: a cell drawn as a box
                    horizontal.Add(new HorizontalRule(left, right, top));
                    horizontal.Add(new HorizontalRule(left, right, bottom));
                    vertical.Add(new VerticalRule(left, bottom, top));
                    vertical.Add(new VerticalRule(right, bottom, top));
                }
            }
        }

        return new Rulings(horizontal, vertical);
    }

    /// <summary>A vertical ruling between <paramref name="left"/> and <paramref name="right"/> crossing height <paramref name="y"/>.</summary>
    public bool HasVerticalBetween(double left, double right, double y) =>
        Vertical.Any(rule => rule.X > left && rule.X < right && rule.Bottom <= y && rule.Top >= y);

    /// <summary>A horizontal ruling between two heights that overlaps [left, right].</summary>
    public bool HasHorizontalBetween(double lower, double upper, double left, double right) =>
        Horizontal.Any(rule => rule.Y > lower && rule.Y < upper && rule.Left < right && rule.Right > left);

    /// <summary>The x of vertical rulings crossing height <paramref name="y"/>, left to right, near-duplicates merged.</summary>
    public List<double> VerticalsAt(double y)
    {
        var xs = Vertical.Where(rule => rule.Bottom <= y && rule.Top >= y).Select(rule => rule.X).Order().ToList();
        var merged = new List<double>();
        foreach (var x in xs)
        {
            if (merged.Count == 0 || x - merged[^1] > Thin)
            {
                merged.Add(x);
            }
        }

        return merged;
    }
}
