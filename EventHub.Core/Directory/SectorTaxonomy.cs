namespace EventHub.Core.Directory;

/// <summary>
/// The shared sector taxonomy: every screen, import and report takes its sectors and sub-sectors from here.
/// </summary>
public static class SectorTaxonomy
{
    private static readonly IReadOnlyDictionary<Sector, IReadOnlyList<SubSector>> SubSectorsBySector =
        new Dictionary<Sector, IReadOnlyList<SubSector>>
        {
            [Sector.Government] =
                [SubSector.Municipality, SubSector.Province, SubSector.NationalAgency, SubSector.OtherPublicBody],
            [Sector.Education] =
            [
                SubSector.EarlyChildhood, SubSector.Primary, SubSector.Secondary, SubSector.Vocational,
                SubSector.Higher, SubSector.AdultLearning, SubSector.Library,
            ],
            [Sector.Business] =
                [SubSector.Employer, SubSector.SmallBusiness, SubSector.SocialEnterprise, SubSector.BusinessAssociation],
            [Sector.CivilSociety] =
            [
                SubSector.Foundation, SubSector.CommunityOrganisation, SubSector.ParentsOrResidentsGroup,
                SubSector.CultureAndSport,
            ],
        };

    public static IReadOnlyList<Sector> Sectors { get; } = Enum.GetValues<Sector>();

    public static IReadOnlyList<SubSector> SubSectorsOf(Sector sector) => SubSectorsBySector[sector];

    public static Sector SectorOf(SubSector subSector) =>
        SubSectorsBySector.Single(pair => pair.Value.Contains(subSector)).Key;

    public static bool Belongs(SubSector subSector, Sector sector) => SubSectorsBySector[sector].Contains(subSector);
}
