using System.ComponentModel.DataAnnotations;
using EventHub.Core.Common;

namespace EventHub.App.Components.Shared;

/// <summary>
/// An email address by EventHub's one rule (<see cref="EmailAddresses"/>), said as the form is filled in rather than
/// after a save the Core refuses. An empty field is left to <see cref="RequiredAttribute"/> (or to no rule, where an
/// address is optional); the framework's <see cref="EmailAddressAttribute"/> takes "anna@gemeente" and refuses empty.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class EmailAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || text.Length == 0 || EmailAddresses.IsValid(text);
}
