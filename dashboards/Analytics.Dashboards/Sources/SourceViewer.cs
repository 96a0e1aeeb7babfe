using Analytics.Dashboards.Queries;

namespace Analytics.Dashboards.Sources;

/// <summary>
/// The source panel's state for one circuit: a value's link asks it to show a source, the panel in the layout shows it.
/// </summary>
public sealed class SourceViewer
{
    public SourceRef? Current { get; private set; }

    public event Action? Changed;

    public void Show(SourceRef source)
    {
        Current = source;
        Changed?.Invoke();
    }

    public void Close()
    {
        Current = null;
        Changed?.Invoke();
    }
}
