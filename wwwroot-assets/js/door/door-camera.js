// The camera on the desk: on and off, which camera, the torch. Decoding is scanner.js's (loaded when first needed);
// each code read goes to the desk like a typed one.
const $ = id => document.getElementById(id);

export function setUpCamera({ texts, onCode }) {
    const toggle = $('door-camera-toggle');
    const video = $('door-video');
    const options = $('door-camera-options');
    const choice = $('door-camera-choice');
    const torch = $('door-torch');
    const error = $('door-camera-error');
    let running;
    let starting = false; // a tap while the camera starts (the permission prompt) must not start a second one

    const say = message => {
        error.textContent = message ?? '';
        error.hidden = !message;
    };

    async function start(deviceId) {
        const scanner = await import('./scanner.js');
        if (!scanner.cameraSupported()) {
            throw Object.assign(new Error(), { name: 'InsecureContext' });
        }
        running = await scanner.startScanner(video, code => {
            navigator.vibrate?.(80);
            onCode(code);
        }, { deviceId });
        const cameras = await scanner.listCameras();
        choice.replaceChildren(...cameras.map((camera, index) =>
            Object.assign(document.createElement('option'), {
                value: camera.deviceId,
                textContent: camera.label || `${texts.Door_CameraChoice} ${index + 1}`, // browsers may hide the names
                selected: camera.deviceId === running.deviceId,
            })));
        options.hidden = cameras.length < 2 && !running.torchSupported;
        choice.parentElement.hidden = cameras.length < 2;
        torch.hidden = !running.torchSupported;
        torch.setAttribute('aria-pressed', 'false');
    }

    function stop() {
        running?.stop();
        running = undefined;
        video.hidden = true;
        options.hidden = true;
        toggle.setAttribute('aria-pressed', 'false');
        toggle.textContent = texts.Door_CameraOn;
    }

    toggle.addEventListener('click', async () => {
        if (starting) return;
        if (running) return stop();
        starting = true;
        say();
        video.hidden = false;
        toggle.setAttribute('aria-pressed', 'true');
        toggle.textContent = texts.Door_CameraOff;
        try {
            await start();
        } catch (failure) {
            stop();
            say(failure.name === 'NotAllowedError' ? texts.Door_CameraDenied
                : failure.name === 'NotFoundError' || failure.name === 'OverconstrainedError' ? texts.Door_CameraMissing
                : failure.name === 'InsecureContext' || failure.name === 'SecurityError' ? texts.Door_CameraInsecure
                : texts.Door_CameraFailed);
        } finally {
            starting = false;
        }
    });

    choice.addEventListener('change', async () => {
        running?.stop();
        try {
            await start(choice.value);
        } catch {
            stop();
            say(texts.Door_CameraFailed);
        }
    });

    torch.addEventListener('click', async () => {
        const on = torch.getAttribute('aria-pressed') !== 'true';
        try {
            await running?.setTorch(on);
            torch.setAttribute('aria-pressed', String(on));
        } catch {
            // The camera refused (some phones drop the torch while another app holds it): the button stays as it was.
        }
    });
}
