using System.Reflection;
using System.Xml.Linq;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Directory.Import;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Directory;

/// <summary>Core's tables of sector and column names, and its error codes, agree with what the screens say.</summary>
public class DirectoryTranslationTests
{
    private static readonly Dictionary<string, string> English = Strings("AppStrings.resx");
    private static readonly Dictionary<string, string> Dutch = Strings("AppStrings.nl.resx");

    [Fact]
    public void SectorNames_MatchTheSectorTextsOfTheScreensInBothLanguages()
    {
        Assert.All(Enum.GetValues<Sector>(), sector =>
        {
            Assert.Equal(English[$"Sector_{sector}"], SectorNames.Name(sector, Language.En));
            Assert.Equal(Dutch[$"Sector_{sector}"], SectorNames.Name(sector, Language.Nl));
        });
        Assert.All(Enum.GetValues<SubSector>(), subSector =>
        {
            Assert.Equal(English[$"SubSector_{subSector}"], SectorNames.Name(subSector, Language.En));
            Assert.Equal(Dutch[$"SubSector_{subSector}"], SectorNames.Name(subSector, Language.Nl));
        });
    }

    [Fact]
    public void DirectoryColumns_MatchTheColumnNamesOfTheImportScreen()
    {
        Assert.All(Enum.GetValues<DirectoryColumn>(), column =>
        {
            Assert.Equal(English[$"DirectoryColumn_{column}"], DirectoryColumns.Header(column, Language.En));
            Assert.Equal(Dutch[$"DirectoryColumn_{column}"], DirectoryColumns.Header(column, Language.Nl));
        });
    }

    [Fact]
    public void EveryDirectoryAndImportErrorCode_HasAText()
    {
        var codes = new[] { typeof(DirectoryErrors), typeof(ImportErrors) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(field => (string)field.GetRawConstantValue()!);

        Assert.All(codes, code => Assert.Contains("Error_" + code.Replace('.', '_'), English.Keys));
        Assert.Contains("Error_Import_UnknownSector_Suggest", English.Keys);
        Assert.Contains("Error_Import_UnknownSubSector_Suggest", English.Keys);
    }

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "EventHub.App", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
