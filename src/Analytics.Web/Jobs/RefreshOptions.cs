namespace Analytics.Web.Jobs;

/// <summary>Section <c>Refresh</c>: when the inbox is loaded and where it is.</summary>
public sealed class RefreshOptions
{
    public const string Section = "Refresh";

    /// <summary>The recurring job's id on /jobs.</summary>
    public string JobId { get; set; } = "refresh-inbox";

    /// <summary>Cron expression of the recurring refresh; empty removes the recurring job (on-demand refresh only).</summary>
    public string Cron { get; set; } = "*/15 * * * *";

    /// <summary>Folder of report files (read recursively) that a refresh loads when they are new or changed.</summary>
    public string InboxPath { get; set; } = "data/inbox";

    public string FullInboxPath => Path.GetFullPath(InboxPath);
}
