using EventHub.Core.Common;

namespace EventHub.Tests.Core.Common;

/// <summary>One rule for every address EventHub writes to: contacts, walk-ins, colleagues, the team, the data controller, the reply-to.</summary>
public class EmailAddressesTests
{
    [Theory]
    [InlineData("anna@gemeente.groningen.nl")]
    [InlineData("  anna.de.vries@noorderpoort.nl ")] // as pasted, with spaces around it
    [InlineData("o'brien+alliantie@school.example")]
    public void WhatPeopleReceiveMailOn_IsAnAddress(string email) => Assert.True(EmailAddresses.IsValid(email));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("anna")]
    [InlineData("anna@")]
    [InlineData("anna@gemeente")] // a slip: no dot in the domain
    [InlineData("anna@gemeente.")]
    [InlineData("anna at gemeente.nl")]
    [InlineData("Anna de Vries <anna@gemeente.nl>")] // a name around it: not something to store
    [InlineData("anna@gemeente.nl, piet@gemeente.nl")]
    public void Slips_AreNotAddresses(string? email) => Assert.False(EmailAddresses.IsValid(email));
}
