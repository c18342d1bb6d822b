using EventHub.Core.Directory;

namespace EventHub.Tests.Core.Directory;

public class SectorTaxonomyTests
{
    [Fact]
    public void EverySubSector_BelongsToExactlyOneSector()
    {
        foreach (var subSector in Enum.GetValues<SubSector>())
        {
            var owners = SectorTaxonomy.Sectors.Where(sector => SectorTaxonomy.SubSectorsOf(sector).Contains(subSector)).ToList();
            Assert.Single(owners);
            Assert.Equal(owners[0], SectorTaxonomy.SectorOf(subSector));
        }
    }

    [Fact]
    public void Taxonomy_HasTheAllianceSectorsWithTheirSubSectors()
    {
        Assert.Equal([Sector.Government, Sector.Education, Sector.Business, Sector.CivilSociety], SectorTaxonomy.Sectors);
        Assert.Equal(4, SectorTaxonomy.SubSectorsOf(Sector.Government).Count);
        Assert.Equal(7, SectorTaxonomy.SubSectorsOf(Sector.Education).Count);
        Assert.Contains(SubSector.Vocational, SectorTaxonomy.SubSectorsOf(Sector.Education));
        Assert.Equal(4, SectorTaxonomy.SubSectorsOf(Sector.Business).Count);
        Assert.Equal(4, SectorTaxonomy.SubSectorsOf(Sector.CivilSociety).Count);
    }
}
