using System.Reflection;
using EventHub.App.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Tests.Components.Accounts;

/// <summary>
/// Interactive components live as long as the browser tab. Identity's managers hold a scoped DbContext, so no
/// interactive component may reach one, neither by injecting it nor through a service it injects.
/// </summary>
public class InteractiveComponentServicesTests
{
    private static readonly Type[] IdentityManagers = [typeof(UserManager<>), typeof(RoleManager<>), typeof(SignInManager<>)];

    private static readonly Assembly App = typeof(ServiceRegistration).Assembly;

    private static readonly Type[] OurTypes = App.GetTypes().Concat(typeof(EventHub.Core.CoreServices).Assembly.GetTypes()).ToArray();

    [Fact]
    public void InteractiveComponents_NeverReachAnIdentityManager()
    {
        var interactive = App.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is null)
            .ToList();

        var reaching = interactive
            .SelectMany(component => Injected(component).Select(service => (component, path: PathToManager(service, []))))
            .Where(r => r.path is not null)
            .Select(r => $"{r.component.FullName}: {string.Join(" -> ", r.path!.Select(t => t.Name))}")
            .ToList();

        Assert.NotEmpty(interactive);
        Assert.Empty(reaching);
    }

    [Fact]
    public void TheCheck_FindsAManagerBehindAService()
    {
        var path = PathToManager(typeof(EventHub.Core.Accounts.AccountService), []);

        Assert.NotNull(path);
        Assert.Equal(typeof(UserManager<>), path[^1].GetGenericTypeDefinition());
    }

    private static IEnumerable<Type> Injected(Type component) =>
        component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null)
            .Select(p => p.PropertyType);

    /// <summary>The chain of constructor dependencies from <paramref name="type"/> to an Identity manager, or null.</summary>
    private static List<Type>? PathToManager(Type type, HashSet<Type> seen)
    {
        if (type.IsGenericType && IdentityManagers.Contains(type.GetGenericTypeDefinition()))
        {
            return [type];
        }

        // Framework services (dialogs, navigation, authorization) are not ours to follow; ours are followed to the end.
        if (!seen.Add(type) || type.Assembly != App && type.Assembly != typeof(EventHub.Core.CoreServices).Assembly)
        {
            return null;
        }

        var implementations = type.IsInterface || type.IsAbstract
            ? OurTypes.Where(t => !t.IsAbstract && !t.IsInterface && type.IsAssignableFrom(t))
            : [type];
        foreach (var dependency in implementations.SelectMany(t => t.GetConstructors()).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType))
        {
            if (PathToManager(dependency, seen) is { } path)
            {
                return [type, .. path];
            }
        }

        return null;
    }
}
