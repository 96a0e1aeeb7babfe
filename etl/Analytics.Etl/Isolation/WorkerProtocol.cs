using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Analytics.Etl.Extraction;
using Analytics.Etl.Records;

namespace Analytics.Etl.Isolation;

/// <summary>
/// Frames between a loader and its extraction worker over the worker's standard input and output: a 4-byte
/// little-endian length, then the payload. A request is the task, the file name and the file's bytes; an answer is the
/// extraction result as the contract's JSON. Nothing else is written to the worker's standard output.
/// </summary>
/// <summary>What a worker is asked to do with a file: extract its records, or only read its lines (to show them).</summary>
internal enum WorkerTask : byte
{
    Extract = (byte)'E',
    ReadLines = (byte)'L',
}

internal static class WorkerProtocol
{
    /// <summary>Far above any report (files are refused above 50 MB), so a corrupt length is told from a real one.</summary>
    private const int MaxFrameBytes = 256 * 1024 * 1024;

    public static void WriteRequest(Stream output, WorkerTask task, string fileName, byte[] bytes)
    {
        WriteFrame(output, [(byte)task]);
        WriteFrame(output, Encoding.UTF8.GetBytes(fileName));
        WriteFrame(output, bytes);
        output.Flush();
    }

    /// <returns>Null at the end of the input (the loader is done).</returns>
    public static (WorkerTask Task, string FileName, byte[] Bytes)? ReadRequest(Stream input)
    {
        var task = ReadFrame(input);
        if (task is null)
        {
            return null;
        }

        if (task is not [(byte)WorkerTask.Extract or (byte)WorkerTask.ReadLines])
        {
            throw new InvalidDataException("a request of no known task");
        }

        var name = ReadFrame(input) ?? throw new EndOfStreamException("a request ended after its task");
        var bytes = ReadFrame(input) ?? throw new EndOfStreamException("a request ended after its file name");
        return ((WorkerTask)task[0], Encoding.UTF8.GetString(name), bytes);
    }

    public static void WriteAnswer(Stream output, ExtractionResult result)
    {
        WriteFrame(output, JsonSerializer.SerializeToUtf8Bytes(result, RecordJson.Options));
        output.Flush();
    }

    /// <returns>Null when the worker's output ended before a whole answer (it died).</returns>
    public static ExtractionResult? ReadAnswer(Stream input)
    {
        var frame = ReadFrame(input);
        return frame is null ? null : JsonSerializer.Deserialize<ExtractionResult>(frame, RecordJson.Options);
    }

    private static void WriteFrame(Stream output, byte[] payload)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
        output.Write(length);
        output.Write(payload);
    }

    private static byte[]? ReadFrame(Stream input)
    {
        var header = new byte[4];
        if (!ReadExactly(input, header))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"a frame of {length} bytes");
        }

        var payload = new byte[length];
        return ReadExactly(input, payload) ? payload : null;
    }

    private static bool ReadExactly(Stream input, byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var count = input.Read(buffer, read, buffer.Length - read);
            if (count == 0)
            {
                return false;
            }

            read += count;
        }

        return true;
    }
}
