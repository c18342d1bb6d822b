// Words and times on the desk: the page's sentences with their {0} {1} filled in, answer cards copied from the
// page's templates, clock times in the event's time zone, and the matching of names and codes.

/** "{0} of {1} expected" with the values put in (the translator's word order stays). */
export function formatText(sentence, ...values) {
    return (sentence ?? '').replace(/\{(\d)\}/g, (match, index) => values[index] ?? '');
}

/** Shows a message in its element, or hides the element when there is none. */
export function showMessage(element, message) {
    element.textContent = message ?? '';
    element.hidden = !message;
}

/** 13:05 in the event's time zone, in the page's language. */
export function timeOf(utc, zone, language) {
    if (!utc) return '';
    return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date(utc));
}

/** A copy of the page's card for an answer (DoorAnswerTemplates), with its slots filled and its warnings shown. */
export function answerCard(id, values, zone, language) {
    const card = document.getElementById(`door-answer-${id}`).content.firstElementChild.cloneNode(true);
    for (const slot of card.querySelectorAll('[data-slot]')) {
        const name = slot.dataset.slot;
        const value = name === 'time' ? timeOf(values.time, zone, language) : values[name];
        slot.textContent = value ?? '';
        if (name === 'organisation') slot.hidden = !value;
    }
    for (const conditional of card.querySelectorAll('[data-if]')) {
        conditional.hidden = !values[conditional.dataset.if];
    }
    card.classList.add('door-answer-new'); // flashes once
    return card;
}

/** What a scanner read or door staff typed, made comparable (as CheckInCodes.Normalise on the server). */
export function normaliseCode(code) {
    return [...code].filter(c => /[\p{L}\p{N}]/u.test(c)).join('').toUpperCase();
}

/** Hex SHA-256 of "salt:CODE", as the server hashed the codes of the list it sent (DoorList.HashOf). */
export function hashCode(salt, code) {
    return sha256(`${salt}:${normaliseCode(code)}`);
}

/** Hex SHA-256 of "salt:address", as the server hashed the guests' email addresses (DoorList.EmailHashOf). */
export function hashEmail(salt, email) {
    return sha256(`${salt}:${email.trim().toLowerCase()}`);
}

/** Whether door staff typed an email address (to find a guest by the address their invitation went to). */
export const isEmail = text => /^\S+@\S+\.\S+$/.test(text.trim());

async function sha256(text) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
}

const fold = text => (text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a guest's name or organisation contains the text, ignoring case and accents. */
export function matches(guest, text) {
    const wanted = fold(text.trim());
    return fold(guest.name).includes(wanted) || fold(guest.organisation).includes(wanted);
}
