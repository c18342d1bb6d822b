using System.Text;
using Microsoft.JSInterop;

namespace EventHub.Tests.Support;

/// <summary>What a browser script hands over as a stream (<c>DotNet.createJSStreamReference</c>, or bytes it returns), made of a text.</summary>
public sealed class TextStreamReference(string text) : IJSStreamReference
{
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

    public long Length => _bytes.Length;

    public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
        _bytes.Length > maxAllowedSize
            ? throw new InvalidOperationException($"{_bytes.Length} bytes exceed {maxAllowedSize}.")
            : ValueTask.FromResult<Stream>(new MemoryStream(_bytes));

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => throw new NotSupportedException();

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
