using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Door;

/// <summary>
/// The door's camera scanner (wwwroot-assets/js/door/scanner.js) on a phone-size page whose camera is a fake one that
/// films a QR code: it truly decodes the code, with the WebAssembly decoder from the app itself, under the door
/// pages' Content-Security-Policy; at the desk, the guest whose code it films is checked in.
/// </summary>
[Collection(DoorBrowserCollection.Name)]
public class CameraScannerTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task DoorStaff_OnAPhone_TurnTheCameraOn_AndTheGuestWhoseCodeItSees_IsCheckedIn()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst met camera",
            [InvitationStatus.Accepted, InvitationStatus.Accepted]);
        using var camera = FakeCamera.Showing(guests[0].Code); // the QR code of Ilse's confirmation, held up to the phone
        var page = await browser.NewPageWithCameraAsync(camera);
        await page.SignInAsync("door@eventhub.example", at: $"/check-in/{eventId}");
        await DoorDeskTests.DeskReadyAsync(page);
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("0 of 2 expected");

        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Scan with camera" });
        await toggle.ClickAsync();

        await Expect(DoorDeskTests.Answer(page).Locator(".door-answer-title")).ToHaveTextAsync($"✓ Welcome, {guests[0].Name}! Checked in.");
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("1 of 2 expected");
        await Expect(page.Locator("#door-video")).ToBeVisibleAsync();
        await Expect(page.Locator("#door-camera-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("#door-camera-error")).ToBeHiddenAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-camera-checked-in-phone-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop camera" }).ClickAsync();
        await Expect(page.Locator("#door-video")).ToBeHiddenAsync();
        await Expect(page.Locator("#door-camera-toggle")).ToHaveAttributeAsync("aria-pressed", "false");
        // The code was in sight all along (many decodes while the checks above ran), and reported once: still the
        // welcome, not "already checked in".
        await Expect(DoorDeskTests.Answer(page).Locator(".door-answer-title")).ToHaveTextAsync($"✓ Welcome, {guests[0].Name}! Checked in.");
    }

    [Fact]
    public async Task Scanner_ReadsTheQrCodeTheCameraFilms_WithTheAppsOwnDecoder()
    {
        using var camera = FakeCamera.Showing($"SCAN-{Guid.NewGuid():N}"[..15].ToUpperInvariant());
        var page = await browser.NewPageWithCameraAsync(camera);
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.SignInAsync("door@eventhub.example", at: "/check-in");

        var started = await page.EvaluateAsync<Started>(
            """
            async () => {
                const scanner = await import("/js/door/scanner.js");
                const video = document.createElement("video");
                video.id = "scanner-video";
                document.body.prepend(video);
                window.scanned = [];
                window.scanning = await scanner.startScanner(video, text => window.scanned.push(text));
                const cameras = await scanner.listCameras();
                return {
                    supported: scanner.cameraSupported(),
                    deviceId: window.scanning.deviceId,
                    cameras: cameras.map(c => c.deviceId),
                    labelled: cameras.every(c => c.label !== ""),
                    decoder: await scanner.decoderKind(),
                    playsInline: video.playsInline && video.muted,
                };
            }
            """);
        await page.WaitForFunctionAsync("() => window.scanned.length > 0");

        Assert.Equal([camera.Code], await page.EvaluateAsync<string[]>("() => window.scanned"));
        Assert.True(started.Supported);
        Assert.Contains(started.DeviceId, started.Cameras);
        Assert.True(started.Labelled, "cameras have their names once the permission is granted");
        Assert.True(started.PlaysInline, "the video plays inline and muted (iOS would open it full screen otherwise)");
        Assert.Equal("zxing-wasm", started.Decoder); // Debian's chromium has no BarcodeDetector of its own
        Assert.Contains($"{browser.BaseUrl}/lib/zxing-wasm/zxing_reader.wasm", requested);
        Assert.All(requested, url => Assert.StartsWith(browser.BaseUrl + "/", url)); // nothing from a CDN
        await page.ScreenshotAsync("camera-scanner-phone");

        // Stopping turns the camera off.
        Assert.True(await page.EvaluateAsync<bool>(
            """
            () => {
                const stream = document.getElementById("scanner-video").srcObject;
                window.scanning.stop();
                return stream.getTracks().every(t => t.readyState === "ended") && document.getElementById("scanner-video").srcObject === null;
            }
            """));
    }

    [Fact]
    public async Task Scanner_UsesTheBrowsersOwnBarcodeDetector_WhenItHasOne_WithoutLoadingTheWebAssembly()
    {
        using var camera = FakeCamera.Showing("NATIVE-CAMERA");
        var page = await browser.NewPageWithCameraAsync(camera);
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        // Chrome on Android and macOS have a BarcodeDetector; Debian's chromium has none, so the page gets a stand-in
        // that "reads" every frame as the code it was made for.
        await page.AddInitScriptAsync(
            """
            globalThis.BarcodeDetector = class {
                static async getSupportedFormats() { return ["qr_code", "ean_13"]; }
                constructor(options) { globalThis.nativeFormats = options.formats; }
                async detect(video) { return video.videoWidth > 0 ? [{ rawValue: "read by the browser" }] : []; }
            };
            """);
        await page.GotoAsync("/Account/Login"); // any page: no WebAssembly is needed

        var decoder = await page.EvaluateAsync<string>(
            """
            async () => {
                const scanner = await import("/js/door/scanner.js");
                window.scanned = [];
                await scanner.startScanner(document.body.appendChild(document.createElement("video")), text => window.scanned.push(text));
                return await scanner.decoderKind();
            }
            """);
        await page.WaitForFunctionAsync("() => window.scanned.length > 0");

        Assert.Equal("native", decoder);
        Assert.Equal(["read by the browser"], await page.EvaluateAsync<string[]>("() => window.scanned"));
        Assert.Equal(["qr_code"], await page.EvaluateAsync<string[]>("() => globalThis.nativeFormats"));
        Assert.DoesNotContain(requested, url => url.Contains("/lib/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scanner_ExplainsFailuresByName_AndReportsEachCodeOnceWhileItStaysInSight()
    {
        using var camera = FakeCamera.Showing("ONCE-PER-CODE");
        var page = await browser.NewPageWithCameraAsync(camera);
        await page.SignInAsync("door@eventhub.example", at: "/check-in");

        // A camera that is gone: the promise is rejected with a name the desk can explain in words.
        var failure = await page.EvaluateAsync<string>(
            """
            async () => {
                const scanner = await import("/js/door/scanner.js");
                try {
                    await scanner.startScanner(document.createElement("video"), () => {}, { deviceId: "no-such-camera" });
                    return "started";
                } catch (error) {
                    return error.name;
                }
            }
            """);
        Assert.Equal("OverconstrainedError", failure);

        // A guest holding their phone up is read a few times a second but reported once; another code at once; the
        // same code again only after it was out of sight for 3 s.
        var reported = await page.EvaluateAsync<bool[]>(
            """
            async () => {
                const { codeFilter } = await import("/js/door/scanner.js");
                let now = 0;
                const report = codeFilter(3000, () => now);
                const seen = (code, at) => { now = at; return report(code); };
                const held = [];
                for (let at = 0; at <= 10000; at += 250) held.push(seen("A", at));
                return [
                    held[0], held.slice(1).some(r => r),
                    seen("B", 10100),
                    seen("A", 12900),
                    seen("B", 13200),
                    seen("A", 16000),
                ];
            }
            """);
        Assert.Equal([true, false, true, false, true, true], reported);
    }

    /// <summary>What the page reports after starting the scanner (Playwright fills it by its property names).</summary>
    private sealed class Started
    {
        public bool Supported { get; set; }
        public string DeviceId { get; set; } = "";
        public string[] Cameras { get; set; } = [];
        public bool Labelled { get; set; }
        public string Decoder { get; set; } = "";
        public bool PlaysInline { get; set; }
    }
}
