using System.Text;
using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Shared;

/// <summary>How an email address is shown in a narrow table column.</summary>
public static class EmailAddressMarkup
{
    /// <summary>
    /// The address with line-break opportunities after its "@" and before each dot, where an address is broken by hand
    /// ("maximiliaan" / ".vandenberghe@" / "onderwijs" / ".gemeente.example"): when it has to wrap it wraps there, not
    /// inside a name or a domain ("facilitator@eventhub.examp|le"); a part too long even for its own line still breaks.
    /// </summary>
    public static MarkupString Wrapping(string address)
    {
        var markup = new StringBuilder();
        var start = 0;
        for (var i = 0; i < address.Length; i++)
        {
            var breakAt = address[i] == '@' ? i + 1 : address[i] == '.' && i > 0 && address[i - 1] != '@' ? i : -1;
            if (breakAt > start)
            {
                markup.Append(PlainMarkup.Encode(address[start..breakAt])).Append("<wbr>");
                start = breakAt;
            }
        }

        return new MarkupString(markup.Append(PlainMarkup.Encode(address[start..])).ToString());
    }
}
