namespace EventHub.Core.Directory.Import;

/// <summary>
/// The one table of words people use for sectors and sub-sectors in their own files, in Dutch and English, beyond the
/// names EventHub shows (<see cref="SectorNames"/>). Compared ignoring case, spaces, punctuation and accents, so
/// "NGO/foundation", "ngo foundation" and "N.G.O. Foundation" are one entry. A word for a sub-sector also says its
/// sector, so "MBO" in a sector column means Education (vocational).
/// </summary>
internal static class SectorSynonyms
{
    public static IReadOnlyList<(string Word, Sector Sector)> SectorWords { get; } =
    [
        // Government
        ("overheid", Sector.Government), ("de overheid", Sector.Government), ("publieke sector", Sector.Government),
        ("public sector", Sector.Government), ("publiek", Sector.Government), ("public", Sector.Government),
        ("gov", Sector.Government), ("govt", Sector.Government), ("public authority", Sector.Government),

        // Education
        ("education", Sector.Education), ("onderwijs", Sector.Education), ("educatie", Sector.Education),
        ("school", Sector.Education), ("scholen", Sector.Education), ("onderwijsinstelling", Sector.Education),

        // Business
        ("bedrijf", Sector.Business), ("bedrijven", Sector.Business), ("bedrijfsleven", Sector.Business),
        ("business", Sector.Business), ("company", Sector.Business), ("private sector", Sector.Business),
        ("private", Sector.Business), ("onderneming", Sector.Business), ("ondernemers", Sector.Business),
        ("markt", Sector.Business), ("commercial", Sector.Business), ("commercieel", Sector.Business),

        // Civil society
        ("maatschappelijk middenveld", Sector.CivilSociety), ("middenveld", Sector.CivilSociety),
        ("maatschappelijk", Sector.CivilSociety), ("maatschappelijke sector", Sector.CivilSociety),
        ("civil society", Sector.CivilSociety), ("maatschappelijke organisatie", Sector.CivilSociety),
        ("maatschappelijke organisaties", Sector.CivilSociety), ("civil society organisation", Sector.CivilSociety),
        ("civil society organization", Sector.CivilSociety), ("cso", Sector.CivilSociety),
        ("non-profit", Sector.CivilSociety), ("nonprofit", Sector.CivilSociety), ("not for profit", Sector.CivilSociety),
        ("non-profit organisation", Sector.CivilSociety), ("third sector", Sector.CivilSociety),
        ("welzijn", Sector.CivilSociety), ("welzijnsorganisatie", Sector.CivilSociety), ("welfare", Sector.CivilSociety),
        ("zorg en welzijn", Sector.CivilSociety), ("vrijwilligersorganisatie", Sector.CivilSociety),
        ("voluntary sector", Sector.CivilSociety), ("community", Sector.CivilSociety),
    ];

    public static IReadOnlyList<(string Word, SubSector SubSector)> SubSectorWords { get; } =
    [
        // Government
        ("gemeente", SubSector.Municipality), ("gemeentelijk", SubSector.Municipality), ("lokale overheid", SubSector.Municipality),
        ("local government", SubSector.Municipality), ("local authority", SubSector.Municipality), ("council", SubSector.Municipality),
        ("city council", SubSector.Municipality), ("city", SubSector.Municipality), ("stad", SubSector.Municipality),
        ("provincie", SubSector.Province), ("provinciaal", SubSector.Province), ("provincial government", SubSector.Province),
        ("rijksoverheid", SubSector.NationalAgency), ("rijk", SubSector.NationalAgency), ("ministerie", SubSector.NationalAgency),
        ("ministry", SubSector.NationalAgency), ("national government", SubSector.NationalAgency),
        ("central government", SubSector.NationalAgency), ("landelijke overheid", SubSector.NationalAgency),
        ("uitvoeringsorganisatie", SubSector.NationalAgency), ("waterschap", SubSector.OtherPublicBody),
        ("publieke organisatie", SubSector.OtherPublicBody), ("public body", SubSector.OtherPublicBody),
        ("ggd", SubSector.OtherPublicBody), ("veiligheidsregio", SubSector.OtherPublicBody),

        // Education
        ("kinderopvang", SubSector.EarlyChildhood), ("peuterspeelzaal", SubSector.EarlyChildhood),
        ("kinderdagverblijf", SubSector.EarlyChildhood), ("kdv", SubSector.EarlyChildhood), ("bso", SubSector.EarlyChildhood),
        ("voorschool", SubSector.EarlyChildhood), ("vve", SubSector.EarlyChildhood), ("childcare", SubSector.EarlyChildhood),
        ("child care", SubSector.EarlyChildhood), ("nursery", SubSector.EarlyChildhood), ("preschool", SubSector.EarlyChildhood),
        ("early childhood", SubSector.EarlyChildhood),
        ("basisschool", SubSector.Primary), ("basisonderwijs", SubSector.Primary), ("primair onderwijs", SubSector.Primary),
        ("po", SubSector.Primary), ("primary school", SubSector.Primary), ("primary", SubSector.Primary),
        ("speciaal onderwijs", SubSector.Primary), ("sbo", SubSector.Primary),
        ("voortgezet onderwijs", SubSector.Secondary), ("vo", SubSector.Secondary), ("middelbare school", SubSector.Secondary),
        ("secondary school", SubSector.Secondary), ("secondary", SubSector.Secondary), ("high school", SubSector.Secondary),
        ("vmbo", SubSector.Secondary), ("havo", SubSector.Secondary), ("vwo", SubSector.Secondary),
        ("mbo", SubSector.Vocational), ("roc", SubSector.Vocational), ("beroepsonderwijs", SubSector.Vocational),
        ("middelbaar beroepsonderwijs", SubSector.Vocational), ("vocational", SubSector.Vocational),
        ("vocational education", SubSector.Vocational), ("vocational school", SubSector.Vocational),
        ("hbo", SubSector.Higher), ("wo", SubSector.Higher), ("hbo/wo", SubSector.Higher), ("hoger onderwijs", SubSector.Higher),
        ("hogeschool", SubSector.Higher), ("universiteit", SubSector.Higher), ("university", SubSector.Higher),
        ("university of applied sciences", SubSector.Higher), ("higher education", SubSector.Higher),
        ("wetenschappelijk onderwijs", SubSector.Higher),
        ("volwassenenonderwijs", SubSector.AdultLearning), ("volwasseneneducatie", SubSector.AdultLearning),
        ("adult education", SubSector.AdultLearning), ("adult learning", SubSector.AdultLearning),
        ("leven lang leren", SubSector.AdultLearning), ("lifelong learning", SubSector.AdultLearning),
        ("taalhuis", SubSector.AdultLearning),
        ("bibliotheek", SubSector.Library), ("bieb", SubSector.Library), ("library", SubSector.Library),
        ("openbare bibliotheek", SubSector.Library), ("public library", SubSector.Library),

        // Business
        ("werkgever", SubSector.Employer), ("employer", SubSector.Employer), ("grootbedrijf", SubSector.Employer),
        ("corporate", SubSector.Employer), ("corporation", SubSector.Employer),
        ("mkb", SubSector.SmallBusiness), ("sme", SubSector.SmallBusiness), ("mkb/sme", SubSector.SmallBusiness),
        ("midden- en kleinbedrijf", SubSector.SmallBusiness), ("kleinbedrijf", SubSector.SmallBusiness),
        ("small business", SubSector.SmallBusiness), ("small and medium enterprise", SubSector.SmallBusiness),
        ("zzp", SubSector.SmallBusiness), ("zzp'er", SubSector.SmallBusiness), ("zzper", SubSector.SmallBusiness),
        ("zelfstandige", SubSector.SmallBusiness), ("freelancer", SubSector.SmallBusiness), ("self-employed", SubSector.SmallBusiness),
        ("winkel", SubSector.SmallBusiness), ("ondernemer", SubSector.SmallBusiness),
        ("sociale onderneming", SubSector.SocialEnterprise), ("social enterprise", SubSector.SocialEnterprise),
        ("sociaal ondernemer", SubSector.SocialEnterprise), ("social business", SubSector.SocialEnterprise),
        ("brancheorganisatie", SubSector.BusinessAssociation), ("branchevereniging", SubSector.BusinessAssociation),
        ("ondernemersvereniging", SubSector.BusinessAssociation), ("business association", SubSector.BusinessAssociation),
        ("trade association", SubSector.BusinessAssociation), ("kamer van koophandel", SubSector.BusinessAssociation),
        ("chamber of commerce", SubSector.BusinessAssociation), ("werkgeversorganisatie", SubSector.BusinessAssociation),

        // Civil society
        ("stichting", SubSector.Foundation), ("foundation", SubSector.Foundation), ("ngo", SubSector.Foundation), ("ngo's", SubSector.Foundation),
        ("ngo/foundation", SubSector.Foundation), ("ngo/stichting", SubSector.Foundation), ("charity", SubSector.Foundation),
        ("goed doel", SubSector.Foundation), ("goede doel", SubSector.Foundation), ("fonds", SubSector.Foundation),
        ("vereniging", SubSector.CommunityOrganisation), ("association", SubSector.CommunityOrganisation),
        ("buurtvereniging", SubSector.CommunityOrganisation), ("buurthuis", SubSector.CommunityOrganisation),
        ("wijkcentrum", SubSector.CommunityOrganisation), ("buurtcentrum", SubSector.CommunityOrganisation),
        ("wijkorganisatie", SubSector.CommunityOrganisation), ("buurtorganisatie", SubSector.CommunityOrganisation),
        ("zelforganisatie", SubSector.CommunityOrganisation), ("migrantenorganisatie", SubSector.CommunityOrganisation),
        ("community organisation", SubSector.CommunityOrganisation), ("community organization", SubSector.CommunityOrganisation),
        ("community group", SubSector.CommunityOrganisation), ("moskee", SubSector.CommunityOrganisation),
        ("kerk", SubSector.CommunityOrganisation), ("religious organisation", SubSector.CommunityOrganisation),
        ("bewonersgroep", SubSector.ParentsOrResidentsGroup), ("bewonersorganisatie", SubSector.ParentsOrResidentsGroup),
        ("bewonerscommissie", SubSector.ParentsOrResidentsGroup), ("ouderraad", SubSector.ParentsOrResidentsGroup),
        ("oudervereniging", SubSector.ParentsOrResidentsGroup), ("ouders", SubSector.ParentsOrResidentsGroup),
        ("residents group", SubSector.ParentsOrResidentsGroup), ("residents association", SubSector.ParentsOrResidentsGroup),
        ("parents group", SubSector.ParentsOrResidentsGroup), ("parent association", SubSector.ParentsOrResidentsGroup),
        ("cultuur", SubSector.CultureAndSport), ("sport", SubSector.CultureAndSport), ("sportvereniging", SubSector.CultureAndSport),
        ("sportclub", SubSector.CultureAndSport), ("culture", SubSector.CultureAndSport), ("sports club", SubSector.CultureAndSport),
        ("museum", SubSector.CultureAndSport), ("theater", SubSector.CultureAndSport), ("kunst en cultuur", SubSector.CultureAndSport),
        ("arts", SubSector.CultureAndSport), ("culture and sports", SubSector.CultureAndSport),
    ];
}
