using CsvHelper;

namespace EventHub.Core.Common;

/// <summary>
/// A table a screen shows (a figure's numbers), written as CSV the same way as every other export: UTF-8 with a byte
/// order mark, formula injection defused (<see cref="CsvExport"/>), commas or — for Dutch Excel — semicolons.
/// The caller passes the texts in the reader's language; nothing here is translated.
/// </summary>
public static class CsvTable
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CsvDelimiter delimiter = CsvDelimiter.Comma)
    {
        using var output = new MemoryStream();
        using (var csv = CsvWriter.Create(output, CsvExport.Options(delimiter == CsvDelimiter.Semicolon ? ';' : ','), leaveOpen: true))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.EndRecord();
            }
        }

        return output.ToArray();
    }
}
