// The door's camera scanner: shows a camera in a <video> and reports the QR codes it sees. Decoding is the browser's own
// BarcodeDetector where it has one that reads QR codes (Chrome on Android and macOS), otherwise the barcode-detector
// ponyfill on ZXing's WebAssembly, both served by the app from /lib (scripts/update-scanner-library.sh); nothing comes
// from another site. The WebAssembly needs 'wasm-unsafe-eval', which the Content-Security-Policy allows on the door's
// pages only (EventHub.App/Hosting/SecurityHeaders.cs).
//
// Errors reach the caller as rejected promises whose `name` says what happened: NotAllowedError (permission refused),
// NotFoundError (no camera), NotReadableError (the camera is in use elsewhere), OverconstrainedError (the chosen camera
// is gone), SecurityError (not a secure context: https or localhost), NotSupportedError (no camera API at all).

const scanInterval = 250; // ms between the end of one decode and the start of the next: a few per second, never piling up
const quietTime = 3000; // ms: the same code is not reported again until it has been out of sight this long

// Whether this page can ask for a camera at all (a secure context with getUserMedia).
export function cameraSupported() {
    return window.isSecureContext === true && typeof navigator.mediaDevices?.getUserMedia === "function";
}

// The cameras of this device: [{ deviceId, label }]. Browsers give labels (and sometimes ids) only once the camera
// permission was granted, so list them again after startScanner; a camera without a label has label "" (name it yourself).
export async function listCameras() {
    if (!cameraSupported()) {
        return [];
    }

    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices
        .filter(device => device.kind === "videoinput")
        .map(device => ({ deviceId: device.deviceId, label: device.label }));
}

// Starts the camera (the back camera on phones, or the one with this deviceId) in `video` and calls onCode(text) for
// every QR code it reads, once per code (see codeFilter). Resolves when the camera shows and the decoder is ready:
// { stop(), deviceId, torchSupported, setTorch(on) }.
export async function startScanner(video, onCode, { deviceId } = {}) {
    if (!window.isSecureContext) {
        throw new DOMException("The camera needs a secure connection (https).", "SecurityError");
    }

    if (!cameraSupported()) {
        throw new DOMException("This browser cannot use a camera.", "NotSupportedError");
    }

    const detecting = qrDetector();
    detecting.catch(() => {}); // awaited below, once the camera is on; not an unhandled rejection if the camera fails first
    const stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: {
            ...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: { ideal: "environment" } }),
            width: { ideal: 1280 },
            height: { ideal: 720 },
        },
    });
    const track = stream.getVideoTracks()[0];
    let detector;
    try {
        detector = await detecting;
        video.muted = true;
        video.playsInline = true;
        video.setAttribute("muted", "");
        video.setAttribute("playsinline", "");
        video.style.width = "100%";
        video.style.height = "auto";
        video.srcObject = stream;
        await video.play();
    } catch (error) {
        stopStream(video, stream);
        throw error;
    }

    const report = codeFilter();
    let stopped = false;
    let timer = 0;
    let warned = false;
    const scan = async () => {
        if (stopped) {
            return;
        }

        if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
            try {
                for (const code of await detector.detect(video)) {
                    if (!stopped && report(code.rawValue)) {
                        try {
                            onCode(code.rawValue);
                        } catch (error) {
                            console.error(error);
                        }
                    }
                }
            } catch (error) {
                if (!warned) {
                    warned = true;
                    console.error("The QR decoder failed:", error);
                }
            }
        }

        if (!stopped) {
            timer = setTimeout(scan, scanInterval);
        }
    };
    timer = setTimeout(scan, 0);

    const capabilities = typeof track.getCapabilities === "function" ? track.getCapabilities() : {};
    const torchSupported = "torch" in capabilities;
    return {
        deviceId: track.getSettings().deviceId ?? deviceId ?? "",
        torchSupported,
        stop() {
            stopped = true;
            clearTimeout(timer);
            stopStream(video, stream);
        },
        async setTorch(on) {
            if (!torchSupported) {
                throw new DOMException("This camera has no torch.", "NotSupportedError");
            }

            await track.applyConstraints({ advanced: [{ torch: Boolean(on) }] });
        },
    };
}

// Decides which decoded codes to report: a code is reported when it has not been seen for `quiet` ms, so a guest
// holding their phone up is reported once, and any other code at once. Returns (text) => boolean.
export function codeFilter(quiet = quietTime, now = () => performance.now()) {
    const lastSeen = new Map();
    return text => {
        const at = now();
        for (const [code, seen] of lastSeen) {
            if (at - seen >= quiet) {
                lastSeen.delete(code);
            }
        }

        const fresh = !lastSeen.has(text);
        lastSeen.set(text, at);
        return fresh;
    };
}

function stopStream(video, stream) {
    for (const track of stream.getTracks()) {
        track.stop();
    }

    if (video.srcObject === stream) {
        video.srcObject = null;
    }
}

// One decoder per page, made on first use: the browser's own, or the ponyfill with its WebAssembly from this app.
let detector = null;

function qrDetector() {
    detector ??= createDetector().catch(error => {
        detector = null;
        throw error;
    });
    return detector;
}

async function createDetector() {
    if ("BarcodeDetector" in globalThis) {
        try {
            if ((await globalThis.BarcodeDetector.getSupportedFormats()).includes("qr_code")) {
                return new globalThis.BarcodeDetector({ formats: ["qr_code"] });
            }
        } catch {
            // A BarcodeDetector that cannot list its formats: use the ponyfill.
        }
    }

    const { BarcodeDetector, prepareZXingModule } = await import("../../lib/barcode-detector/ponyfill.js");
    const wasmFolder = new URL("../../lib/zxing-wasm/", import.meta.url).href;
    await prepareZXingModule({
        overrides: { locateFile: (path, prefix) => (path.endsWith(".wasm") ? wasmFolder + path : prefix + path) },
        fireImmediately: true,
    });
    return new BarcodeDetector({ formats: ["qr_code"] });
}

// Loads the decoder now (its WebAssembly, where the browser has no BarcodeDetector of its own) without a camera: a desk
// that calls this while online has it in its service worker's cache for scanning offline later.
export async function prepareDecoder() {
    await qrDetector();
}

// Whether the decoder is the browser's own ("native") or the ponyfill ("zxing-wasm"), for tests and diagnostics.
export async function decoderKind() {
    const made = await qrDetector();
    return "BarcodeDetector" in globalThis && made instanceof globalThis.BarcodeDetector ? "native" : "zxing-wasm";
}
