using Analytics.Web.Jobs;
using Hangfire;
using Hangfire.States;
using Microsoft.AspNetCore.Mvc;

namespace Analytics.Web.Controllers;

/// <summary><c>POST /api/refresh</c> queues a refresh of the inbox now; <c>GET /api/jobs/{id}</c> says how it goes.</summary>
[ApiController]
public sealed class JobsController(IBackgroundJobClient jobs, JobStorage storage) : ControllerBase
{
    /// <summary>Queues a refresh; answers its id, a random one (<see cref="RefreshIds"/>), not Hangfire's sequential one.</summary>
    [HttpPost("/api/refresh")]
    public IActionResult Refresh()
    {
        var jobId = RefreshIds.Issue(storage, jobs.EnqueueRefresh());
        return Accepted($"/api/jobs/{jobId}", new { jobId });
    }

    /// <summary>
    /// The job's Hangfire state (Enqueued, Processing, Succeeded, Failed, Scheduled when a retry waits), its progress
    /// (0–100) and message as the job last wrote them, and the error of a failed job.
    /// </summary>
    [HttpGet("/api/jobs/{id}")]
    public IActionResult Job(string id)
    {
        using var connection = storage.GetConnection();
        var jobId = RefreshIds.Resolve(connection, id);
        var job = jobId is null ? null : connection.GetJobData(jobId);
        if (jobId is null || job is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "没有这个任务", detail: "没有这个编号的刷新任务");
        }

        var progress = JobProgress.FromJson(connection.GetJobParameter(jobId, JobProgress.ParameterName));
        var state = connection.GetStateData(jobId);
        var error = job.State != FailedState.StateName ? null
            : state?.Data is { } data && data.TryGetValue("ExceptionMessage", out var message) ? message : state?.Reason;
        var percent = progress?.Percent ?? (job.State == SucceededState.StateName ? 100 : 0);
        return Ok(new JobStatus(id, job.State, percent, progress?.Message ?? state?.Reason, error, job.CreatedAt));
    }

    public sealed record JobStatus(string JobId, string State, int Progress, string? Message, string? Error, DateTime CreatedAt);
}
