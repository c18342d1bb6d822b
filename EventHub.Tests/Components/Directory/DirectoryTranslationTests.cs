using System.Reflection;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Directory.Import;
using EventHub.Core.Texts;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Directory;

/// <summary>The names the directory export writes import back, and every error code has a text.</summary>
public class DirectoryTranslationTests
{
    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Nl)]
    public void SectorRecognizer_EverySectorNameTheExportWrites_IsRecognisedOnImport(Language language)
    {
        var names = Localized.Core(language);

        Assert.All(Enum.GetValues<Sector>(), sector =>
        {
            Assert.True(SectorRecognizer.TryRecognise(names.Name(sector), out SectorMatch recognised, out _));
            Assert.Equal(new SectorMatch(sector, null), recognised);
        });
        Assert.All(Enum.GetValues<SubSector>(), subSector =>
        {
            Assert.True(SectorRecognizer.TryRecognise(names.Name(subSector), out SubSector recognised, out _));
            Assert.Equal(subSector, recognised);
        });
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Nl)]
    public void DirectoryColumns_EveryHeaderTheExportWrites_IsRecognisedOnImport(Language language)
    {
        Assert.All(Enum.GetValues<DirectoryColumn>(), column => Assert.Equal(column, DirectoryColumns.Recognise(DirectoryColumns.Header(column, language))));
    }

    [Fact]
    public void EveryDirectoryAndImportErrorCode_HasAText()
    {
        var codes = new[] { typeof(DirectoryErrors), typeof(ImportErrors) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(field => (string)field.GetRawConstantValue()!);

        var keys = ResourceFiles.Read(ResourceFiles.Core).Keys.ToHashSet();

        Assert.All(codes, code => Assert.Contains(Localized.ErrorKey(code), keys));
        Assert.Contains("Error_Import_UnknownSector_Suggest", keys);
        Assert.Contains("Error_Import_UnknownSubSector_Suggest", keys);
    }
}
