// Registering a walk-in: a dialog with the person's name, their organisation (found in the directory, or new with its
// sector) and an optional email address. Offline, only a new organisation (or none) can be given.
import { showMessage } from './door-text.js';
const $ = id => document.getElementById(id);

export function setUpWalkIns({ client, texts, isOnline, isRoomFull, register }) {
    const dialog = $('door-walkin');
    const form = $('door-walkin-form');
    const search = $('walkin-org');
    const found = $('walkin-org-found');
    const chosen = $('walkin-org-chosen');
    const newOrganisation = $('walkin-new-org');
    const sector = $('walkin-sector');
    const subSector = $('walkin-subsector');
    const error = $('door-walkin-error');
    let organisation; // { id, name, sector, sectorName } picked from the directory
    // One registration, one id: the server registers it once however often it arrives (a double tap, a reply that came
    // too late and was queued, the queue sent again).
    let operation;
    let sending = false;

    const say = message => showMessage(error, message);

    function reset() {
        form.reset();
        organisation = undefined;
        operation = undefined;
        found.replaceChildren();
        chosen.hidden = true;
        newOrganisation.hidden = true;
        say();
    }

    function pick(organisationFound) {
        organisation = organisationFound;
        found.replaceChildren();
        search.value = organisationFound.name;
        chosen.textContent = `${organisationFound.name} · ${organisationFound.sectorName}`;
        chosen.hidden = false;
        newOrganisation.hidden = true;
    }

    function offerNew(name) {
        const button = Object.assign(document.createElement('button'), {
            type: 'button', className: 'eh-button door-new-org', textContent: texts.Door_WalkInNew.replace('{0}', name),
        });
        button.addEventListener('click', () => {
            organisation = undefined;
            found.replaceChildren();
            chosen.hidden = true;
            newOrganisation.hidden = false;
            sector.focus();
        });
        return Object.assign(document.createElement('li'), {}).appendChild(button).parentElement;
    }

    let searchTimer;
    search.addEventListener('input', () => {
        organisation = undefined;
        chosen.hidden = true;
        clearTimeout(searchTimer);
        const text = search.value.trim();
        if (text.length < 2) {
            found.replaceChildren();
            newOrganisation.hidden = true;
            return;
        }
        searchTimer = setTimeout(async () => {
            let organisations = [];
            if (isOnline()) {
                try {
                    organisations = await client.get(`organisations?q=${encodeURIComponent(text)}`);
                } catch { /* offline: only a new organisation can be given */ }
            }
            found.replaceChildren(...organisations.map(o => {
                const button = Object.assign(document.createElement('button'), { type: 'button', className: 'eh-button', textContent: `${o.name} · ${o.sectorName}` });
                button.addEventListener('click', () => pick(o));
                return Object.assign(document.createElement('li')).appendChild(button).parentElement;
            }), offerNew(text));
        }, 250);
    });

    // Sub-sectors of the chosen sector only.
    sector.addEventListener('change', () => {
        for (const group of subSector.querySelectorAll('optgroup')) {
            group.hidden = group.dataset.sector !== sector.value;
        }
        subSector.value = '';
    });

    $('door-walkin-open').addEventListener('click', () => {
        reset();
        $('walkin-room-full').hidden = !isRoomFull();
        dialog.showModal();
        $('walkin-first').focus();
    });
    $('walkin-cancel').addEventListener('click', () => dialog.close());

    form.addEventListener('submit', async event => {
        event.preventDefault();
        if (sending) return;
        const first = $('walkin-first').value.trim();
        const last = $('walkin-last').value.trim();
        if (!first || !last) {
            say(texts.Door_WalkInNameMissing);
            (first ? $('walkin-last') : $('walkin-first')).focus();
            return;
        }
        const isNew = !newOrganisation.hidden;
        if (isNew && !sector.value) {
            say(texts.Door_WalkInSectorMissing);
            sector.focus();
            return;
        }
        const body = {
            firstName: first,
            lastName: last,
            email: $('walkin-email').value.trim() || null,
            organisationId: organisation?.id ?? null,
            newOrganisationName: isNew ? search.value.trim() : null,
            newOrganisationSector: isNew ? sector.value : null,
            newOrganisationSubSector: isNew && subSector.value ? subSector.value : null,
            language: $('walkin-language').value,
        };
        operation ??= { id: crypto.randomUUID(), atUtc: new Date().toISOString() };
        body.operation = operation;
        const shown = organisation ?? (isNew ? { name: body.newOrganisationName, sector: sector.value, sectorName: sector.selectedOptions[0].textContent } : undefined);
        const submit = form.querySelector('button[type="submit"]');
        sending = true;
        submit.disabled = true;
        try {
            const refusal = await register(body, shown && { organisation: shown.name, sector: shown.sector, sectorName: shown.sectorName });
            if (refusal) say(refusal); // e.g. an invalid email address: the form stays, with what was typed
            else dialog.close();
        } finally {
            sending = false;
            submit.disabled = false;
        }
    });
}
