namespace EventHub.Core.Directory;

/// <summary>The four parts of the alliance. What makes "a balanced room" measurable.</summary>
public enum Sector
{
    Government,
    Education,
    Business,
    CivilSociety,
}

/// <summary>A finer classification inside a <see cref="Sector"/>; <see cref="SectorTaxonomy"/> says which belongs where.</summary>
public enum SubSector
{
    // Government
    Municipality,
    Province,
    NationalAgency,
    OtherPublicBody,

    // Education
    EarlyChildhood,
    Primary,
    Secondary,
    Vocational,
    Higher,
    AdultLearning,
    Library,

    // Business
    Employer,
    SmallBusiness,
    SocialEnterprise,
    BusinessAssociation,

    // Civil society
    Foundation,
    CommunityOrganisation,
    ParentsOrResidentsGroup,
    CultureAndSport,
}
