using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.LayoutLib.LegendLib;
using PlotLayout = Plotly.Blazor.Layout;

namespace Analytics.Dashboards.Components.Charts;

/// <summary>The look every chart shares: CJK fonts, colours, margins, axis titles.</summary>
internal static class ChartStyle
{
    public const string FontFamily = "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif";

    public const string Blue = "#2f6db3";

    public const string Red = "#c8423b";

    public const string Grey = "#6b7280";

    public const string Orange = "#e08a1e";

    public const string Green = "#2e8b57";

    public static PlotLayout Layout(string xTitle, string yTitle, decimal height = 380) => new()
    {
        Font = new Plotly.Blazor.LayoutLib.Font { Family = FontFamily, Size = 13, Color = "#1f2933" },
        Height = height,
        Margin = new Margin { L = 70, R = 24, T = 24, B = 70 },
        PaperBgColor = "rgba(0,0,0,0)",
        PlotBgColor = "#ffffff",
        HoverLabel = new HoverLabel { Font = new Plotly.Blazor.LayoutLib.HoverLabelLib.Font { Family = FontFamily } },
        Legend = [new Legend { Orientation = OrientationEnum.H, Y = 1.02m, YAnchor = YAnchorEnum.Bottom, X = 0, XAnchor = XAnchorEnum.Left }],
        XAxis =
        [
            new XAxis
            {
                Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle },
                AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
                GridColor = "#e5e7eb",
            },
        ],
        YAxis =
        [
            new YAxis
            {
                Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle },
                AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
                GridColor = "#e5e7eb",
                ZeroLineColor = "#9ca3af",
            },
        ],
    };

    /// <summary>Labels for categories that may share a name (two 城关区 in different provinces): the name, made unique.</summary>
    public static List<string> UniqueLabels<T>(IReadOnlyList<T> items, Func<T, string> name, Func<T, string?> qualifier)
    {
        var counts = items.GroupBy(name).ToDictionary(group => group.Key, group => group.Count());
        var labels = items.Select(item => counts[name(item)] > 1 && qualifier(item) is { Length: > 0 } q ? $"{name(item)}（{q}）" : name(item)).ToList();
        // still equal (same name and qualifier): number them
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < labels.Count; i++)
        {
            seen[labels[i]] = seen.GetValueOrDefault(labels[i]) + 1;
            if (seen[labels[i]] > 1)
            {
                labels[i] = $"{labels[i]} #{seen[labels[i]]}";
            }
        }

        return labels;
    }
}
