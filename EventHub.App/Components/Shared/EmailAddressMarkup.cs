using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Shared;

/// <summary>How an email address is shown in a narrow table column.</summary>
public static class EmailAddressMarkup
{
    /// <summary>
    /// The address with a line-break opportunity after its "@": when it has to wrap it wraps there, not inside the name
    /// or the domain ("facilitator@eventhub.examp|le"); a domain too long even for its own line still breaks.
    /// </summary>
    public static MarkupString Wrapping(string address)
    {
        var at = address.IndexOf('@');
        return new MarkupString(at < 0
            ? PlainMarkup.Encode(address)
            : $"{PlainMarkup.Encode(address[..(at + 1)])}<wbr>{PlainMarkup.Encode(address[(at + 1)..])}");
    }
}
