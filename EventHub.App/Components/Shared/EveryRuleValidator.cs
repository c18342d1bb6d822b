using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace EventHub.App.Components.Shared;

/// <summary>
/// Blazor's <see cref="DataAnnotationsValidator"/>, saying every problem of a submitted form at once. .NET checks a
/// model's own rules (<see cref="IValidatableObject"/>: an end before the start, a deadline after it) only when every
/// field's attributes pass, so an organiser who left the title empty learnt of the times only on the next save, and of the
/// deadline on the one after. This adds those rules' messages on a submit whose attributes failed (when they pass, the
/// validator beside it checks the rules itself), and takes a message away once its field is changed.
/// </summary>
public sealed class EveryRuleValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _context;

    [CascadingParameter]
    private EditContext? CurrentEditContext { get; set; }

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null || ReferenceEquals(CurrentEditContext, _context))
        {
            return;
        }

        Detach();
        _context = CurrentEditContext;
        _messages = new ValidationMessageStore(_context);
        _context.OnValidationRequested += OnValidationRequested;
        _context.OnFieldChanged += OnFieldChanged;
    }

    private void OnValidationRequested(object? sender, ValidationRequestedEventArgs e)
    {
        _messages!.Clear();
        if (_context!.Model is not IValidatableObject rules || AttributesPass(rules))
        {
            return; // DataAnnotationsValidator has checked the rules as well
        }

        foreach (var problem in rules.Validate(new ValidationContext(rules)))
        {
            foreach (var member in problem.MemberNames)
            {
                _messages.Add(_context.Field(member), problem.ErrorMessage ?? "");
            }
        }

        _context.NotifyValidationStateChanged();
    }

    private static bool AttributesPass(object model) =>
        model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttributes<ValidationAttribute>().Any())
            .All(property => Validator.TryValidateProperty(property.GetValue(model), new ValidationContext(model) { MemberName = property.Name }, null));

    private void OnFieldChanged(object? sender, FieldChangedEventArgs e) => _messages?.Clear(e.FieldIdentifier);

    private void Detach()
    {
        if (_context is not null)
        {
            _context.OnValidationRequested -= OnValidationRequested;
            _context.OnFieldChanged -= OnFieldChanged;
        }
    }

    public void Dispose() => Detach();
}
