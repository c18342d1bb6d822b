using EventHub.Core.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EventHub.Core.Data;

/// <summary>Stores a <see cref="Language"/> as its culture name ("en", "nl").</summary>
internal sealed class LanguageConverter() : ValueConverter<Language, string>(
    language => language.ToCultureName(),
    code => code == "nl" ? Language.Nl : Language.En);
