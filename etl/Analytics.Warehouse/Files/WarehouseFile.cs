using System.Runtime.InteropServices;

namespace Analytics.Warehouse.Files;

/// <summary>
/// The warehouse database file and how a refresh replaces it: every write goes to a copy
/// (<c>warehouse.duckdb.building</c>); when its models are built and its data tests pass, the copy is renamed over
/// the live file in one atomic step. Readers open the live file read-only and never see a half-written batch;
/// a writer killed mid-batch leaves the live file as it was. The file it replaced stays as <c>.previous</c>.
/// See docs/warehouse.md.
/// </summary>
public sealed partial class WarehouseFile(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string BuildingPath => Path + ".building";

    public string PreviousPath => Path + ".previous";

    public string LockPath => Path + ".lock";

    public bool Exists => File.Exists(Path);

    /// <summary>Takes the writer's lock and prepares a fresh copy of the live file to write into.</summary>
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
            // a copy left by a writer that died is garbage: start again from the live file
            DeleteIfExists(BuildingPath);
            DeleteIfExists(BuildingPath + ".wal");
            if (File.Exists(Path))
            {
                File.Copy(Path, BuildingPath);
            }

            return new WarehouseBuild(this, writerLock);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>Makes a finished build the live file: keeps the old one as .previous, then renames atomically.</summary>
    internal void Publish()
    {
        if (File.Exists(BuildingPath + ".wal"))
        {
            throw new InvalidOperationException("the build still has a write-ahead log: close its connection after CHECKPOINT before publishing");
        }

        if (File.Exists(Path))
        {
            DeleteIfExists(PreviousPath);
            if (!TryHardLink(Path, PreviousPath))
            {
                File.Copy(Path, PreviousPath);
            }
        }

        // rename(2) over the live name: readers opening the path see the old file or the new one, never neither
        File.Move(BuildingPath, Path, overwrite: true);
    }

    internal void Abandon()
    {
        DeleteIfExists(BuildingPath);
        DeleteIfExists(BuildingPath + ".wal");
    }

    private static void DeleteIfExists(string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }

    private static bool TryHardLink(string existing, string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        return Link(existing, link) == 0;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);
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
