using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Directory.Import;
using EventHub.Core.Texts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace EventHub.App.Components.Pages.Directory.Import;

/// <summary>
/// Choose a file → check its columns → options → check → import → summary. Every step that works runs under a
/// busy flag, because Blazor Server can deliver a second click before the first has finished.
/// </summary>
public partial class DirectoryImport
{
    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private ImportFile? _file;
    private ImportPreview? _preview;
    private ImportMapping? _mapping;
    private IReadOnlyList<UnknownValue> _unknownValues = [];
    private ImportOptions _options = new();
    private ImportCheck? _check;
    private ImportSummary? _summary;
    private ImportProgress? _progress;
    private string? _fileError;
    private string? _failure;
    private bool _busy;

    [Inject]
    private DirectoryImportService Importer { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private ILogger<DirectoryImport> Logger { get; set; } = null!;

    /// <summary>Core's texts in the screen's language: import problems read the same here as in the report.</summary>
    private static Localized ScreenTexts => Localized.Core(CultureInfo.CurrentUICulture);

    private async Task ChooseFileAsync(IBrowserFile? chosen)
    {
        if (_busy || chosen is null)
        {
            return;
        }

        _busy = true;
        try
        {
            Reset();
            // Refused before a byte is read: the browser tells the size up front.
            if (chosen.Size > ImportFile.MaxBytes)
            {
                _fileError = ImportProblemText.Describe(ImportErrors.FileTooLarge, (ImportFile.MaxBytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), ScreenTexts);
                return;
            }

            await using var stream = chosen.OpenReadStream(ImportFile.MaxBytes);
            var read = await ImportFile.ReadAsync(stream, chosen.Size, chosen.Name);
            var preview = read.Succeeded ? Importer.Preview(read.Value) : null;
            if (!read.Succeeded || preview is not { Succeeded: true })
            {
                _fileError = ImportProblemText.Describe(read.ErrorCode ?? preview!.ErrorCode!, read.ErrorDetail ?? preview?.ErrorDetail, ScreenTexts);
                return;
            }

            _file = read.Value;
            _preview = preview.Value;
            _mapping = _preview.SuggestedMapping;
            _unknownValues = Importer.UnknownValues(_file, _mapping);
        }
        finally
        {
            _busy = false;
        }
    }

    private void ChangeMapping(ImportMapping mapping)
    {
        _mapping = mapping;
        _check = null; // a check of another mapping says nothing about this one
        if (_file is not null)
        {
            // Another column may now be the sector column, with other values.
            _unknownValues = Importer.UnknownValues(_file, mapping);
        }
    }

    private void ChangeValueMapping(ImportMapping mapping)
    {
        _mapping = mapping;
        _check = null;
    }

    /// <summary>Reads the same bytes as another encoding: the rows, the headers and so the suggested mapping may change.</summary>
    private void ChangeEncoding(FileEncoding encoding)
    {
        if (_busy || _file is null || _preview is null || encoding == _preview.Encoding)
        {
            return;
        }

        var file = _file.WithEncoding(encoding);
        var preview = Importer.Preview(file);
        if (!preview.Succeeded)
        {
            _fileError = ImportProblemText.Describe(preview.ErrorCode!, preview.ErrorDetail, ScreenTexts);
            return;
        }

        (_file, _preview, _mapping, _check, _fileError) = (file, preview.Value, preview.Value.SuggestedMapping, null, null);
        _unknownValues = Importer.UnknownValues(_file, _mapping);
    }

    /// <summary>Which sheet of a workbook was read, and why that one when others come before it.</summary>
    private string SheetRead(WorkbookSheet sheet) => (sheet.Position, sheet.Count) switch
    {
        (_, 1) => L["Import_PreviewOnlySheet", sheet.Name],
        (1, _) => L["Import_PreviewSheet", sheet.Name, sheet.Count],
        _ => L["Import_PreviewSheetAfterEmpty", sheet.Name, sheet.Position, sheet.Count],
    };

    private async Task DownloadTemplateAsync()
    {
        var language = Languages.OfReader;
        var csv = ImportTemplate.ToCsv(language);
        await JS.InvokeVoidAsync("eventHub.downloadFile", $"{ImportTemplate.FileName(language)}.csv", "text/csv", Convert.ToBase64String(csv));
    }

    private void ChangeOptions(ImportOptions options)
    {
        _options = options;
        _check = null;
    }

    private async Task CheckAsync()
    {
        if (_busy || _file is null || _mapping is null)
        {
            return;
        }

        _busy = true;
        try
        {
            (_check, _failure) = (null, null);
            var (file, mapping, options, progress) = (_file, _mapping, _options, ProgressReporter());
            // Off the circuit's thread, so the progress bar can render while thousands of rows are checked.
            _check = await Task.Run(() => Importer.CheckAsync(file, mapping, options, progress));
        }
        catch (Exception ex)
        {
            // As for the import: the organiser needs to know the check did not finish, and the page must carry on.
            Logger.LogError(ex, "Check of {File} failed", _file.Name);
            _failure = L["Import_CheckFailed"];
        }
        finally
        {
            _progress = null;
            _busy = false;
        }
    }

    private async Task ImportAsync()
    {
        if (_busy || _file is null || _mapping is null || _check is null)
        {
            return;
        }

        _busy = true;
        _failure = null;
        try
        {
            var (file, mapping, options, progress) = (_file, _mapping, _options, ProgressReporter());
            var importer = await TeamMembers.OfAsync(Authentication);
            _summary = await Task.Run(() => Importer.ImportAsync(file, mapping, options, importer, progress));
        }
        catch (Exception ex)
        {
            // The transaction was rolled back; the organiser needs to know that, not the stack trace.
            Logger.LogError(ex, "Import of {File} failed", _file.Name);
            _failure = L["Import_Failed"];
            _progress = null;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task DownloadReportAsync()
    {
        if (_busy || _summary is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var language = Languages.OfReader;
            // The report is a .csv beside the organiser's file: in its separator, but a tab-separated "Unicode Text" file gets
            // commas, and one for a workbook is written for the organiser's Excel (semicolons in Dutch).
            var semicolon = _preview?.Sheet is null ? _preview?.Delimiter == ';' : language == Language.Nl;
            var csv = ImportProblemReport.ToCsv(_summary.Problems, language, semicolon ? ';' : ',');
            await JS.InvokeVoidAsync("eventHub.downloadFile", $"{ImportProblemReport.FileName(language)}.csv", "text/csv", Convert.ToBase64String(csv));
        }
        finally
        {
            _busy = false;
        }
    }

    private void StartOver()
    {
        Reset();
        _options = new ImportOptions();
    }

    private void Reset()
    {
        (_file, _preview, _mapping, _check, _summary, _progress, _fileError, _failure) = (null, null, null, null, null, null, null, null);
        _unknownValues = [];
    }

    private Progress<ImportProgress> ProgressReporter() => new(progress =>
    {
        // A report that arrives after the work has ended must not bring an old bar back.
        if (_busy)
        {
            _progress = progress;
            _ = InvokeAsync(StateHasChanged);
        }
    });
}
