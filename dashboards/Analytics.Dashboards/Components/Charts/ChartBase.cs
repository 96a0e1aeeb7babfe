using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;
using PlotLayout = Plotly.Blazor.Layout;

namespace Analytics.Dashboards.Components.Charts;

/// <summary>
/// What every chart component shares: it builds its traces and layout from its typed rows when they change, and
/// redraws the chart drawn before (PlotlyChart draws once by itself and is only redrawn when asked).
/// </summary>
public abstract class ChartBase : ComponentBase
{
    private object?[] lastInputs = [];
    private bool redraw;

    protected PlotlyChart? Chart { get; set; }

    protected IList<ITrace> ChartData { get; private set; } = [];

    protected PlotLayout ChartLayout { get; private set; } = new();

    protected Config ChartConfig { get; } = new() { Responsive = true, DisplayLogo = false, DisplayModeBar = DisplayModeBarEnum.Hover };

    /// <summary>The parameters the chart is drawn from; a change in any of them redraws it.</summary>
    protected abstract object?[] Inputs { get; }

    protected abstract (IList<ITrace> Data, PlotLayout Layout) Build();

    protected override void OnParametersSet()
    {
        var inputs = Inputs;
        if (inputs.Length == lastInputs.Length && inputs.Zip(lastInputs).All(pair => Equals(pair.First, pair.Second)))
        {
            return;
        }

        lastInputs = inputs;
        (ChartData, ChartLayout) = Build();
        redraw = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // the PlotlyChart draws itself the first time
            redraw = false;
            return;
        }

        if (redraw && Chart is not null)
        {
            redraw = false;
            await Chart.React();
        }
    }
}
