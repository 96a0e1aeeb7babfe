using Hangfire;
using Hangfire.Storage;

namespace Analytics.Web.Jobs;

/// <summary>
/// The id a refresh is known by outside: a random one, kept beside Hangfire's own (sequential, so guessable) id in the
/// job storage, where every app instance sharing that storage finds it. Kept 30 days, as Hangfire keeps finished jobs.
/// </summary>
public static class RefreshIds
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    public static string Issue(JobStorage storage, string jobId)
    {
        var publicId = Guid.NewGuid().ToString("N");
        using var connection = storage.GetConnection();
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetRangeInHash(Key(publicId), [new KeyValuePair<string, string>("job", jobId)]);
        if (transaction is JobStorageTransaction expiring)
        {
            expiring.ExpireHash(Key(publicId), Kept);
        }

        transaction.Commit();
        return publicId;
    }

    /// <returns>Hangfire's id of the refresh, or null for an id this app did not give.</returns>
    public static string? Resolve(IStorageConnection connection, string publicId)
    {
        if (publicId.Length != 32 || !publicId.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        return connection.GetAllEntriesFromHash(Key(publicId)) is { } entries && entries.TryGetValue("job", out var jobId) ? jobId : null;
    }

    private static string Key(string publicId) => "refresh-id:" + publicId;
}
