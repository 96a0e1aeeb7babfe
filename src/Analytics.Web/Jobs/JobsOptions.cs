namespace Analytics.Web.Jobs;

/// <summary>
/// Section <c>Jobs</c>: the Hangfire server and dashboard. Storage is PostgreSQL when <c>ConnectionStrings:Hangfire</c>
/// is set (several app instances then share one queue), Hangfire.InMemory otherwise.
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public const string ConnectionStringName = "Hangfire";

    public string DashboardPath { get; set; } = "/jobs";

    public string DashboardTitle { get; set; } = "数据刷新任务";

    /// <summary>The dashboard answers requests from this machine only, unless this is true.</summary>
    public bool DashboardAllowRemote { get; set; }

    public int WorkerCount { get; set; } = 2;

    /// <summary>How often a PostgreSQL-backed server looks for new jobs.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The PostgreSQL schema that holds Hangfire's tables.</summary>
    public string SchemaName { get; set; } = "hangfire";
}
