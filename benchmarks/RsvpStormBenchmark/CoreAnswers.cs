using System.Diagnostics;
using EventHub.Core.Invitations;
using Microsoft.Extensions.DependencyInjection;

namespace RsvpStormBenchmark;

/// <summary>
/// The storm's answers given straight to <see cref="RsvpService"/> in this process, without HTTP, pages or middleware:
/// what the Core's answer itself costs (its write transaction, the confirmation, the interceptors), to set beside the
/// app's CPU per answer. All N at once, as in the storm.
/// </summary>
public static class CoreAnswers
{
    public static async Task<double> RunAsync(StormDatabase database, string keysFolder, SeededEvent storm, SeededEvent warmUp)
    {
        await using var services = Seeder.CoreServices(database, keysFolder);
        var rsvp = services.GetRequiredService<RsvpService>();
        foreach (var token in warmUp.Tokens)
        {
            await AnswerAsync(rsvp, token);
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var refused = (await Task.WhenAll(storm.Tokens.Select(t => Task.Run(() => AnswerAsync(rsvp, t))))).Count(ok => !ok);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var perMinute = storm.Tokens.Count / clock.Elapsed.TotalMinutes;
        Console.WriteLine($"{storm.Tokens.Count:N0} answers through RsvpService in {clock.Elapsed.TotalSeconds:F1} s: {perMinute:N0} answers/min; " +
            $"CPU {cpu.TotalMilliseconds / storm.Tokens.Count:F1} ms per answer (this process, JIT-compiled){(refused > 0 ? $"; {refused} refused" : "")}");
        return perMinute;
    }

    private static async Task<bool> AnswerAsync(RsvpService rsvp, string token) =>
        (await rsvp.RespondAsync(token, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true))).Succeeded;
}
