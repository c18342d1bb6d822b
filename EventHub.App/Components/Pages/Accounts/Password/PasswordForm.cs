using System.ComponentModel.DataAnnotations;
using EventHub.App.Resources;

namespace EventHub.App.Components.Pages.Accounts.Password;

/// <summary>A new password, typed twice. Identity's validators (length, common passwords) judge it in Core.</summary>
public sealed class PasswordForm
{
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Login_PasswordRequired))]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Login_PasswordRequired))]
    [Compare(nameof(NewPassword), ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Password_Mismatch))]
    public string ConfirmPassword { get; set; } = "";

    /// <summary>Only for changing a password while signed in.</summary>
    public string CurrentPassword { get; set; } = "";
}
