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
        choice.replaceChildren(...cameras.map(camera =>
            Object.assign(document.createElement('option'), { value: camera.deviceId, textContent: camera.label, selected: camera.deviceId === running.deviceId })));
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
        if (running) return stop();
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
                : failure.name === 'InsecureContext' ? texts.Door_CameraInsecure
                : texts.Door_CameraFailed);
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
        await running?.setTorch(on);
        torch.setAttribute('aria-pressed', String(on));
    });
}
