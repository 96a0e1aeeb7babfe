namespace Analytics.Warehouse.Files;

/// <summary>
/// The warehouse database file and how a refresh replaces it. Every write goes to a copy
/// (<c>warehouse.duckdb.building</c>); when its models are built and its data tests pass, the copy becomes a new
/// version file (<c>warehouse.duckdb.v&lt;stamp&gt;</c>) and the live name, a symbolic link, is switched to it in one
/// atomic rename. Readers resolve the link when they connect: they never see a half-written batch, an open reader
/// keeps the version it opened, and a new reader gets the new version (a new file, so no cached database instance
/// of the old one is reused). A writer killed mid-batch leaves the live version as it was. The version before stays
/// for a rollback (<c>.previous</c>); older ones are removed. See docs/warehouse.md.
/// </summary>
public sealed class WarehouseFile(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string BuildingPath => Path + ".building";

    public string PreviousPath => Path + ".previous";

    public string LockPath => Path + ".lock";

    public bool Exists => File.Exists(Path);

    /// <summary>The file the live name stands for now: the version a reader opening it now would get.</summary>
    public string LivePath => ResolveLink(Path);

    /// <summary>Takes the writer's lock and prepares a fresh copy of the live version to write into.</summary>
    public WarehouseBuild BeginBuild()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        FileStream writerLock;
        try
        {
            writerLock = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new WarehouseBusyException($"another refresh is writing {Path} (lock {LockPath}); try again when it has finished");
        }

        try
        {
            // a copy left by a writer that died is garbage: start again from the live version
            DeleteIfExists(BuildingPath);
            DeleteIfExists(BuildingPath + ".wal");
            if (File.Exists(Path))
            {
                File.Copy(LivePath, BuildingPath);
            }

            return new WarehouseBuild(this, writerLock);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>Turns a finished build into the live version: a new version file, then one atomic switch of the link.</summary>
    internal void Publish()
    {
        if (File.Exists(BuildingPath + ".wal"))
        {
            throw new InvalidOperationException("the build still has a write-ahead log: close its connection after CHECKPOINT before publishing");
        }

        var previous = File.Exists(Path) ? KeepAsVersion() : null;
        var version = $"{Path}.v{DateTime.UtcNow:yyyyMMddTHHmmssfffffff}";
        File.Move(BuildingPath, version);
        SwitchLink(Path, version);
        if (previous is not null)
        {
            SwitchLink(PreviousPath, previous);
        }

        RemoveOldVersions(keep: [version, previous]);
    }

    /// <summary>A live file from before versions (a plain file, not a link) becomes a version of its own first.</summary>
    private string KeepAsVersion()
    {
        var info = new FileInfo(Path);
        if (info.LinkTarget is not null)
        {
            return LivePath;
        }

        var version = $"{Path}.v00000000T000000000000";
        File.Copy(Path, version, overwrite: true);
        return version;
    }

    /// <summary>rename(2) of a fresh link over the name: whoever opens the name sees the old target or the new one.</summary>
    private static void SwitchLink(string name, string target)
    {
        var temporary = name + ".switch";
        DeleteIfExists(temporary);
        File.CreateSymbolicLink(temporary, System.IO.Path.GetFileName(target));
        File.Move(temporary, name, overwrite: true);
    }

    private void RemoveOldVersions(IReadOnlyCollection<string?> keep)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        foreach (var file in Directory.EnumerateFiles(folder, System.IO.Path.GetFileName(Path) + ".v*"))
        {
            if (!keep.Contains(file) && !file.EndsWith(".wal", StringComparison.Ordinal))
            {
                // a reader that still has it open keeps reading it; the space is freed when it closes
                DeleteIfExists(file);
            }
        }
    }

    internal static string ResolveLink(string name)
    {
        var info = new FileInfo(name);
        return info.LinkTarget is null ? name : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? name;
    }

    private static void DeleteIfExists(string file)
    {
        if (File.Exists(file) || new FileInfo(file).LinkTarget is not null)
        {
            File.Delete(file);
        }
    }
}

/// <summary>A write in progress: the copy to write into, and the writer's lock until it is published or abandoned.</summary>
public sealed class WarehouseBuild(WarehouseFile file, FileStream writerLock) : IDisposable
{
    private bool published;

    public string Path => file.BuildingPath;

    public WarehouseFile File => file;

    /// <summary>Swaps the build in as the live warehouse. Its connections must be closed.</summary>
    public void Publish()
    {
        file.Publish();
        published = true;
    }

    /// <summary>Without <see cref="Publish"/>, the copy is left for inspection and the live file is untouched.</summary>
    public void Dispose()
    {
        writerLock.Dispose();
        _ = published;
    }
}

public sealed class WarehouseBusyException(string message) : Exception(message);
