using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EventHub.App.Resources;
using EventHub.Core.Actions;

namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>The action item form: every missing field is named at once, under its field; Core checks the same rules again on save.</summary>
public sealed class ActionItemForm
{
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(ActionItem.WhatMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string What { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.OutcomeAction_OwnerRequired))]
    /// <summary>The owner organisation as picked (a person picked in the owner field fills <see cref="ContactId"/> too).</summary>
    public OwnerPick? Owner { get; set; }

    public int? ContactId { get; set; }

    /// <summary>As the browser's date input gives it: yyyy-MM-dd.</summary>
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.OutcomeAction_DueRequired))]
    public string Due { get; set; } = "";

    public ActionItemStatus Status { get; set; }

    /// <summary>The input for Core, or null while the owner or the date is missing.</summary>
    public ActionItemDraft? ToDraft() =>
        Owner is { } owner && DueDay is { } due ? new ActionItemDraft(What, owner.OrganisationId, ContactId, due, Status) : null;

    /// <summary>The due date, or null while the browser gives none it could read.</summary>
    public DateOnly? DueDay =>
        DateOnly.TryParseExact(Due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null;

    /// <summary>The form for a new item (<paramref name="item"/> null, due on <paramref name="defaultDue"/>) or for editing one.</summary>
    public static ActionItemForm For(ActionItemView? item, DateOnly defaultDue) => item is null
        ? new ActionItemForm { Due = Day(defaultDue) }
        : new ActionItemForm
        {
            What = item.What,
            Owner = new OwnerPick(item.OwnerOrganisationId, item.OwnerOrganisation),
            ContactId = item.OwnerContactId,
            Due = Day(item.DueOn),
            Status = item.Status,
        };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
