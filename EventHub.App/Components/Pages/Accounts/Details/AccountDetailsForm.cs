using System.ComponentModel.DataAnnotations;
using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using EventHub.Core.Accounts;
using EventHub.Core.Common;

namespace EventHub.App.Components.Pages.Accounts.Details;

/// <summary>A name (and, for the person's own account, a language); Core checks the same rules again.</summary>
public sealed class AccountDetailsForm
{
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(StaffAccountService.NameMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string DisplayName { get; set; } = "";

    public Language Language { get; set; }
}

/// <summary>The new address a person asks for; Core checks it again (and that no other account has it).</summary>
public sealed class EmailChangeForm
{
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [Email(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Email))]
    [StringLength(256, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string Email { get; set; } = "";
}
