using EventHub.Core.Common;

namespace EventHub.Core.Directory;

/// <summary>
/// The English and Dutch names of the sectors and sub-sectors. Core cannot read the App's resources, yet the
/// import must recognise what people type and the export must write what people read; a test keeps this table
/// and the resx keys <c>Sector_*</c> / <c>SubSector_*</c> in agreement.
/// </summary>
public static class SectorNames
{
    private static readonly Dictionary<Sector, (string En, string Nl)> Sectors = new()
    {
        [Sector.Government] = ("Government", "Overheid"),
        [Sector.Education] = ("Education", "Onderwijs"),
        [Sector.Business] = ("Business", "Bedrijfsleven"),
        [Sector.CivilSociety] = ("Civil society", "Maatschappelijke organisaties"),
    };

    private static readonly Dictionary<SubSector, (string En, string Nl)> SubSectors = new()
    {
        [SubSector.Municipality] = ("Municipality", "Gemeente"),
        [SubSector.Province] = ("Province", "Provincie"),
        [SubSector.NationalAgency] = ("National agency", "Landelijke instantie"),
        [SubSector.OtherPublicBody] = ("Other public body", "Andere publieke organisatie"),
        [SubSector.EarlyChildhood] = ("Early childhood education and care", "Voorschoolse educatie en kinderopvang"),
        [SubSector.Primary] = ("Primary education", "Primair onderwijs"),
        [SubSector.Secondary] = ("Secondary education", "Voortgezet onderwijs"),
        [SubSector.Vocational] = ("Vocational education (MBO)", "Middelbaar beroepsonderwijs (MBO)"),
        [SubSector.Higher] = ("Higher education (HBO/university)", "Hoger onderwijs (HBO/universiteit)"),
        [SubSector.AdultLearning] = ("Adult and lifelong learning", "Volwassenenonderwijs en leven lang leren"),
        [SubSector.Library] = ("Library", "Bibliotheek"),
        [SubSector.Employer] = ("Employer", "Werkgever"),
        [SubSector.SmallBusiness] = ("Small business", "MKB-bedrijf"),
        [SubSector.SocialEnterprise] = ("Social enterprise", "Sociale onderneming"),
        [SubSector.BusinessAssociation] = ("Business association", "Ondernemersvereniging"),
        [SubSector.Foundation] = ("Foundation or NGO", "Stichting of ngo"),
        [SubSector.CommunityOrganisation] = ("Community organisation", "Buurt- of wijkorganisatie"),
        [SubSector.ParentsOrResidentsGroup] = ("Parents' or residents' group", "Ouder- of bewonersgroep"),
        [SubSector.CultureAndSport] = ("Culture and sport", "Cultuur en sport"),
    };

    public static string Name(Sector sector, Language language) =>
        language == Language.Nl ? Sectors[sector].Nl : Sectors[sector].En;

    public static string Name(SubSector subSector, Language language) =>
        language == Language.Nl ? SubSectors[subSector].Nl : SubSectors[subSector].En;

    /// <summary>Every name a sector is known by (enum name, English, Dutch), for recognising imported values.</summary>
    public static IEnumerable<(Sector Value, string Alias)> SectorAliases() =>
        Sectors.SelectMany(pair => new[] { (pair.Key, pair.Key.ToString()), (pair.Key, pair.Value.En), (pair.Key, pair.Value.Nl) });

    public static IEnumerable<(SubSector Value, string Alias)> SubSectorAliases() =>
        SubSectors.SelectMany(pair => new[] { (pair.Key, pair.Key.ToString()), (pair.Key, pair.Value.En), (pair.Key, pair.Value.Nl) });
}
