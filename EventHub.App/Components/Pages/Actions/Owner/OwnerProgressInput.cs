using EventHub.Core.Actions;

namespace EventHub.App.Components.Pages.Actions.Owner;

/// <summary>What the owner's form posts (<c>Form.Status</c>, <c>Form.Note</c>, and the item and version it was shown).</summary>
public sealed class OwnerProgressInput
{
    public int ItemId { get; set; }
    public int Version { get; set; }
    public ActionItemStatus? Status { get; set; }
    public string? Note { get; set; }

    public static OwnerProgressInput From(ActionRow item) => new() { ItemId = item.Id, Version = item.Version, Status = item.Status };

    /// <summary>No status ticked means the status stays as it is (a note alone).</summary>
    public ActionProgressInput ToInput(ActionItemStatus current) => new(Status ?? current, Note, Version);
}
