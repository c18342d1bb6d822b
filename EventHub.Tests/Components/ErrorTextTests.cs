using System.Reflection;
using EventHub.Core;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components;

/// <summary>Every error code a Core feature can return reads as a sentence (Core's, in CoreTexts), in English and in Dutch.</summary>
public class ErrorTextTests
{
    public static TheoryData<string> ErrorClasses() =>
        new(typeof(CoreServices).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Errors", StringComparison.Ordinal))
            .Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(ErrorClasses))]
    public void EveryErrorCode_HasATextInBothLanguages(string errorClass)
    {
        var codes = typeof(CoreServices).Assembly.GetType(errorClass)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => "Error_" + ((string)f.GetRawConstantValue()!).Replace('.', '_'))
            .ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, key => Assert.Contains(key, ResourceFiles.Read(ResourceFiles.Core).Keys));
        Assert.All(codes, key => Assert.Contains(key, ResourceFiles.Read(ResourceFiles.Core, "nl").Keys));
    }
}
