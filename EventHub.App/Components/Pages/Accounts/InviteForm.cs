using System.ComponentModel.DataAnnotations;
using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using EventHub.Core.Common;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>The invitation form; Core checks the same rules again (and that the address has no account yet).</summary>
public sealed class InviteForm
{
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(200, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [Email(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Email))]
    [StringLength(256, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string Email { get; set; } = "";

    public Language Language { get; set; } = Language.Nl;

    public HashSet<string> Roles { get; } = [];
}
