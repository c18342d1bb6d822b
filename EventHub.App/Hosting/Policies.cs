namespace EventHub.App.Hosting;

/// <summary>Authorization policies by what a person does; pages and navigation use the same names.</summary>
public static class Policies
{
    /// <summary>Plan events, keep the directory, invite, read reports: organisers and admins.</summary>
    public const string Organise = nameof(Organise);

    /// <summary>Run sessions and record outcomes: facilitators, organisers and admins.</summary>
    public const string Facilitate = nameof(Facilitate);

    /// <summary>Check people in at the door: door staff, organisers and admins.</summary>
    public const string CheckIn = nameof(CheckIn);

    /// <summary>Accounts, roles and retention: admins only.</summary>
    public const string Administer = nameof(Administer);
}
