using System.IO.Compression;
using System.Text;

namespace Analytics.Generator.Fuzzing;

/// <summary>Documents built to hurt a reader: deep nesting, long lines. Used by the fuzzer and the regression tests.</summary>
public static class HostileDocuments
{
    /// <summary>A .docx whose body is a table holding a table in its cell, <paramref name="depth"/> times over (2 KB at 10,000).</summary>
    public static byte[] NestedTablesDocx(int depth, string innermost = "x")
    {
        var body = new StringBuilder();
        body.Insert(0, "<w:tbl><w:tr><w:tc>", depth);
        body.Append("<w:p><w:r><w:t>").Append(innermost).Append("</w:t></w:r></w:p>");
        body.Insert(body.Length, "</w:tc></w:tr></w:tbl>", depth);
        return Docx($"<w:body>{body}</w:body>");
    }

    /// <summary>A minimal .docx package around a <c>w:document</c> whose inner XML is <paramref name="documentInnerXml"/>.</summary>
    public static byte[] Docx(string documentInnerXml) => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
        ("word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{documentInnerXml}</w:document>"));

    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }
}
