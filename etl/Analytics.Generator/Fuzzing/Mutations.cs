using System.IO.Compression;
using System.Text;

namespace Analytics.Generator.Fuzzing;

/// <summary>One way to damage a document: a name (kept with each crasher) and the change, seeded.</summary>
public sealed record Mutation(string Name, Func<Random, byte[], byte[]> Apply);

/// <summary>
/// The fuzzer's mutations: blind ones that fit every format (bit flips, truncation, inserted and repeated bytes), text
/// ones (long lines, odd Unicode, shuffled lines) and Office ones that damage the XML inside the zip (deep nesting,
/// repeated elements) where a blind flip would only break the zip's checksum.
/// </summary>
public static class Mutations
{
    /// <summary>No mutant grows past this: the point is hostile structure, not disk space.</summary>
    private const int MaxBytes = 2 * 1024 * 1024;

    private static readonly string[] OddCharacters =
    [
        "\uFFFE", "\uFFFF", "\uFDD0", "\u202E", "\u200B", "\u0301\u0301\u0301", "\u3000", "\uFEFF", "\0", "\u2028", "\uD83D\uDE00",
        "０１２３４５６７８９", "％", "≧", "≦", "⾦", "万元", "单位：元", "|", "\t", "\r", "1e308", "-0", "NaN", "99999999999999999999",
    ];

    public static IReadOnlyList<Mutation> Blind { get; } =
    [
        new("bit-flips", (random, bytes) => BitFlips(random, bytes)),
        new("truncate", (random, bytes) => bytes.Length < 2 ? bytes : bytes[..random.Next(1, bytes.Length)]),
        new("insert-bytes", (random, bytes) => Insert(random, bytes, RandomBytes(random, random.Next(1, 512)))),
        new("repeat-chunk", (random, bytes) => RepeatChunk(random, bytes)),
    ];

    public static IReadOnlyList<Mutation> Text { get; } =
    [
        new("long-line", (random, bytes) => Insert(random, bytes, Encoding.UTF8.GetBytes(LongLine(random)))),
        new("odd-unicode", (random, bytes) => OddUnicode(random, bytes)),
        new("lone-surrogate-bytes", (random, bytes) => Insert(random, bytes, [0xED, 0xA0, 0x80])),
        new("shuffle-lines", (random, bytes) => ShuffleLines(random, bytes)),
        new("many-lines", (random, bytes) => Insert(random, bytes, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("项目名称\t年初预算数\t100\n", random.Next(1_000, 20_000)))))),
    ];

    public static IReadOnlyList<Mutation> Office { get; } =
    [
        new("xml-nesting", (random, bytes) => MutatePart(random, bytes, NestXml)),
        new("xml-repeat-element", (random, bytes) => MutatePart(random, bytes, RepeatElement)),
        new("xml-bit-flips", (random, bytes) => MutatePart(random, bytes, (r, xml) => Encoding.UTF8.GetString(BitFlips(r, Encoding.UTF8.GetBytes(xml))))),
        new("xml-odd-unicode", (random, bytes) => MutatePart(random, bytes, (r, xml) => InsertText(r, xml, OddCharacters[r.Next(OddCharacters.Length)]))),
    ];

    /// <summary>What fits a file of this extension.</summary>
    public static IReadOnlyList<Mutation> For(string extension) => extension switch
    {
        ".docx" or ".xlsx" => [.. Blind, .. Office],
        ".pdf" => [.. Blind, Text[0], Text[1]],
        _ => [.. Blind, .. Text],
    };

    private static byte[] BitFlips(Random random, byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var flips = random.Next(1, 33); flips > 0 && copy.Length > 0; flips--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] Insert(Random random, byte[] bytes, byte[] inserted)
    {
        var at = random.Next(bytes.Length + 1);
        return Capped([.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)]);
    }

    private static byte[] RepeatChunk(Random random, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var start = random.Next(bytes.Length);
        var length = Math.Min(bytes.Length - start, random.Next(1, 4096));
        var chunk = bytes.AsSpan(start, length).ToArray();
        var times = Math.Min(random.Next(2, 2000), MaxBytes / Math.Max(1, length));
        var repeated = new byte[length * times];
        for (var index = 0; index < times; index++)
        {
            chunk.CopyTo(repeated, index * length);
        }

        return Insert(random, bytes, repeated);
    }

    private static string LongLine(Random random)
    {
        string[] units = ["1", "12.5 ", "项目名称预算数", "95%|", "≥", "\t", "（", "一级指标"];
        var unit = units[random.Next(units.Length)];
        return "\n" + string.Concat(Enumerable.Repeat(unit, random.Next(10_000, 100_000) / unit.Length)) + "\n";
    }

    private static byte[] OddUnicode(Random random, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        for (var count = random.Next(1, 20); count > 0; count--)
        {
            text = InsertText(random, text, OddCharacters[random.Next(OddCharacters.Length)]);
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private static string InsertText(Random random, string text, string inserted)
    {
        var at = random.Next(text.Length + 1);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        return string.Concat(text.AsSpan(0, at), inserted, text.AsSpan(at));
    }

    private static byte[] ShuffleLines(Random random, byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (var swaps = random.Next(1, 50); swaps > 0 && lines.Length > 1; swaps--)
        {
            var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Wraps an element's content in thousands of copies of its own tag: the attack on recursive readers.</summary>
    private static string NestXml(Random random, string xml)
    {
        var tags = new[] { "w:tbl", "w:tr", "w:tc", "w:p", "w:r", "w:sdt", "w:sdtContent", "row", "c", "x:row" };
        var tag = tags[random.Next(tags.Length)];
        var depth = random.Next(100, 20_000);
        var at = xml.IndexOf("<w:body>", StringComparison.Ordinal) is var body and >= 0 ? body + 8
            : xml.IndexOf("<sheetData>", StringComparison.Ordinal) is var sheet and >= 0 ? sheet + 11
            : xml.Length / 2;
        var open = string.Concat(Enumerable.Repeat($"<{tag}>", depth));
        var close = string.Concat(Enumerable.Repeat($"</{tag}>", depth));
        return string.Concat(xml.AsSpan(0, at), open, close, xml.AsSpan(at));
    }

    private static string RepeatElement(Random random, string xml)
    {
        var start = xml.IndexOf('<', random.Next(Math.Max(1, xml.Length)));
        if (start < 0)
        {
            return xml;
        }

        var end = xml.IndexOf('>', start);
        if (end < 0)
        {
            return xml;
        }

        var element = xml[start..(end + 1)];
        var times = Math.Min(random.Next(2, 20_000), MaxBytes / Math.Max(1, element.Length));
        return string.Concat(xml.AsSpan(0, start), string.Concat(Enumerable.Repeat(element, times)), xml.AsSpan(start));
    }

    /// <summary>Rewrites one XML part of a zip package; a package that is no zip gets a blind flip instead.</summary>
    private static byte[] MutatePart(Random random, byte[] bytes, Func<Random, string, string> change)
    {
        try
        {
            var parts = new List<(string Name, byte[] Data)>();
            using (var input = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read))
            {
                foreach (var entry in input.Entries)
                {
                    using var stream = entry.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    parts.Add((entry.FullName, copy.ToArray()));
                }
            }

            var xmlParts = parts.Select((part, index) => (part, index)).Where(item => item.part.Name.EndsWith(".xml", StringComparison.Ordinal)).ToList();
            if (xmlParts.Count == 0)
            {
                return BitFlips(random, bytes);
            }

            var preferred = xmlParts.Where(item => item.part.Name is "word/document.xml" || item.part.Name.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
            var pool = preferred.Count > 0 && random.Next(4) > 0 ? preferred : xmlParts;
            var (chosen, at) = pool[random.Next(pool.Count)];
            parts[at] = (chosen.Name, Encoding.UTF8.GetBytes(change(random, Encoding.UTF8.GetString(chosen.Data))));
            using var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, data) in parts)
                {
                    using var entry = zip.CreateEntry(name).Open();
                    entry.Write(data);
                }
            }

            return Capped(output.ToArray());
        }
        catch (InvalidDataException)
        {
            return BitFlips(random, bytes);
        }
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Capped(byte[] bytes) => bytes.Length <= MaxBytes ? bytes : bytes[..MaxBytes];
}
