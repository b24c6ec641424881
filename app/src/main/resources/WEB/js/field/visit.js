// The officer's phone at the door (现场检查, issue 17): the door QR the firm scans, check-in (with the position only
// if the officer allows it), the check list item by item with photos straight from the camera and other files
// (tus uploads that resume after a cut), findings kept in the browser until sent, the party's acknowledgement or
// its noted refusal, each member's signature; what is missing always on top; a final record read-only.
import {layout} from '../layout.js';
import {h, params, replace} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {label} from '../format.js';
import {requireRole} from '../session.js';
import {confirmAction} from '../forms.js';
import {showError, showInfo, showSuccess, clearMessage} from '../problem.js';
import messages from '../messages/field.js';
import {acknowledgementText, bytes, checkInText, confirmationList, evidenceTable, isJoint, itemGroups, itemName,
    missingList, namesOf} from './parts.js';
import {keepFinding, pendingFindings, sendFindings} from './pending.js';
import {kindOf, unfinishedUploads, upload} from './uploads.js';

const session = requireRole('officer');
layout({active: null, messages, title: 'visit.page'});
const id = Number(params().get('id'));
const $ = name => document.getElementById(name);
const OUTCOMES = ['CONFORMS', 'NONCONFORMS', 'NOT_APPLICABLE'];
const uploads = new Map();
const notesTyped = new Map();
let record;
let team = [];

const fail = error => showError($('status'), error);

async function reload() {
    record = await get(`/api/v1/inspections/${id}/record`);
    draw();
}

/** The missing list, and what waits in this browser: findings not sent, uploads under way or cut off. */
async function drawStatus() {
    replace($('missing-body'), missingList(record, namesOf(record, team)));
    const pending = pendingFindings(id);
    const lines = Object.entries(pending).map(([item, f]) => h('li', {dataset: {item},
        text: t('visit.pending.finding', {item: f.item ? itemName(record, f.matterId, f.item) : item,
            outcome: label('outcome', f.outcome)})}));
    const cut = await unfinishedUploads(id).catch(() => []);
    for (const u of cut) {
        if (uploads.has(u.urlStorageKey)) continue;
        lines.push(h('li', {class: 'pending-upload', text: t('visit.pending.upload', {file: u.metadata.filename,
            total: bytes(u.size)})}));
    }
    for (const line of uploads.values()) lines.push(line);
    replace($('pending-body'), lines.length ? h('ul', {id: 'pending-list'}, lines) : h('p', {class: 'muted', id: 'pending-none', text: t('visit.pending.none')}));
}

async function flush() {
    if (!Object.keys(pendingFindings(id)).length) return drawStatus();
    try {
        const sent = await sendFindings(id);
        if (!sent) showInfo($('status'), t('visit.offline'));
        else {
            clearMessage($('status'));
            // only what the findings change (the missing list): the cards stay as the officer is using them
            record = await get(`/api/v1/inspections/${id}/record`);
            // a change of findings clears the signatures: show them as they now are
            const signatures = $('confirm');
            if (signatures) replace(signatures, h('h2', {text: t('visit.confirm')}), confirmPart(record.final));
        }
    } catch (error) {
        fail(error);
    }
    await drawStatus();
}

function checkInPart() {
    if (record.checkIn) return h('p', {id: 'checked-in', text: checkInText(record.checkIn)});
    const share = h('input', {type: 'checkbox', id: 'share-position'});
    const button = h('button', {type: 'button', id: 'check-in', text: t('visit.checkIn.do'), onclick: async () => {
        button.disabled = true;
        try {
            const body = share.checked ? await position() : {};
            await post(`/api/v1/inspections/${id}/check-in`, body);
            await reload();
        } catch (error) {
            fail(error);
            button.disabled = false;
        }
    }});
    return h('div', {class: 'stack'}, h('label', {class: 'checks'}, share, t('visit.checkIn.position')), button);
}

/** The browser's position when the officer allows it; {} when refused or unavailable (the check-in goes on). */
function position() {
    return new Promise(resolve => {
        if (!navigator.geolocation) return resolve({});
        navigator.geolocation.getCurrentPosition(
            p => resolve({latitude: p.coords.latitude, longitude: p.coords.longitude,
                accuracyMeters: Math.min(100000, Math.round(p.coords.accuracy))}),
            () => resolve({}), {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
    });
}

/**
 * The file pickers of an item (or of the whole visit: item null) of a matter (null but on a joint record): the camera
 * for a photo, any file otherwise.
 */
function pickers(item, matter) {
    const start = (input, fromCamera) => () => {
        for (const file of input.files) send(file, kindOf(file, fromCamera), item, matter);
        input.value = '';
    };
    const camera = h('input', {type: 'file', accept: 'image/*', capture: 'environment', class: 'visually-hidden',
        name: 'photo', dataset: {item: item || ''}});
    camera.addEventListener('change', start(camera, true));
    const other = h('input', {type: 'file', accept: 'video/*,audio/*,image/*,application/pdf', multiple: true,
        class: 'visually-hidden', name: 'file', dataset: {item: item || ''}});
    other.addEventListener('change', start(other, false));
    return h('div', {class: 'actions pickers'},
        h('label', {class: 'button'}, t('visit.photo'), camera),
        h('label', {class: 'button secondary'}, t('visit.file'), other));
}

function send(file, kind, item, matter) {
    const line = h('li', {class: 'upload', dataset: {file: file.name}, text: t('upload.progress', {file: file.name, percent: 0})});
    const key = `${kind}|${matter}|${item}|${file.name}|${file.size}`;
    uploads.set(key, line);
    drawStatus();
    upload(id, file, {kind, item, matter}, {
        resumed: offset => line.setAttribute('data-resumed-from', String(offset)),
        progress: (sent, total) => {
            const resumed = line.dataset.resumedFrom;
            line.textContent = (resumed && Number(resumed) > 0 ? `${t('upload.resumed', {file: file.name, offset: bytes(Number(resumed))})} · ` : '')
                + t('upload.progress', {file: file.name, percent: Math.floor(sent * 100 / total)});
        },
        retrying: sent => (line.textContent = t('upload.retrying', {file: file.name, done: bytes(sent)})),
        done: async () => {
            uploads.delete(key);
            showSuccess($('status'), t('upload.done', {file: file.name}));
            await reload().catch(fail);
        },
        failed: error => {
            line.classList.add('bad');
            line.textContent = t('upload.failed', {file: file.name, message: error.message});
        },
    }).catch(fail);
}

/** An item's key: its code, on a joint record with its matter (matterId/code). */
const keyOf = (matter, code) => (matter ? `${matter}/${code}` : code);

/** The card of a check item of a matter (null but on a joint record, whose findings and files name their matter). */
function itemCard(item, finding, final, matter) {
    const key = keyOf(matter, item.code);
    const pending = pendingFindings(id)[key];
    const shown = pending || finding || {};
    const name = `outcome-${key}`;
    const note = h('textarea', {name: 'note', rows: 2, maxlength: 1000, disabled: final, 'aria-label': t('visit.item.note')});
    // a note being typed survives a redraw (an upload finishing meanwhile redraws the page)
    note.value = notesTyped.get(key) ?? shown.note ?? '';
    note.addEventListener('input', () => notesTyped.set(key, note.value));
    const choose = outcome => {
        keepFinding(id, key, matter ? {matterId: matter, item: item.code, outcome, note: note.value || null}
            : {outcome, note: note.value || null});
        flush();
    };
    const radios = OUTCOMES.map(o => h('label', {class: 'outcome'},
        h('input', {type: 'radio', name, value: o, checked: shown.outcome === o, disabled: final,
            onchange: () => choose(o)}), t(`outcome.${o}`)));
    note.addEventListener('change', () => {
        const chosen = radios.map(r => r.querySelector('input')).find(r => r.checked);
        if (chosen) choose(chosen.value);
    });
    const needs = item.evidenceRequired?.length ? item.evidenceRequired.map(k => label('kind', k)).join('、') : null;
    const files = record.evidence.filter(e => e.item === item.code && (!matter || e.matterId === matter));
    return h('article', {class: 'card check-item', dataset: {item: item.code, matter: matter ? String(matter) : ''}},
        h('h3', {}, h('span', {class: 'mono', text: item.code}), ' ', item.content),
        h('p', {class: 'muted'}, item.legalBasis ? `${t('visit.item.basis')}：${item.legalBasis}` : null,
            item.method ? h('br') : null, item.method ? `${t('visit.item.method')}：${item.method}` : null,
            needs ? h('br') : null, needs ? h('strong', {text: `${t('visit.item.needs')}：${needs}`}) : null),
        h('fieldset', {class: 'checks outcomes'}, h('legend', {text: t('visit.outcome')}), radios),
        h('label', {class: 'field'}, h('span', {text: t('visit.item.note')}), note),
        files.length ? h('ul', {class: 'item-files'}, files.map(e => h('li', {text: `${label('kind', e.kind)}：${e.filename}（${bytes(e.size)}）`}))) : null,
        final || !record.checkIn ? null : pickers(item.code, matter));
}

function acknowledgementPart(final) {
    if (record.acknowledgement || final) return h('p', {id: 'acknowledged', text: acknowledgementText(record.acknowledgement)});
    const name = h('input', {name: 'name', maxlength: 100, autocomplete: 'off'});
    const position = h('input', {name: 'position', maxlength: 100, autocomplete: 'off'});
    const refused = h('input', {type: 'checkbox', name: 'refused'});
    const note = h('textarea', {name: 'note', rows: 2, maxlength: 1000});
    const status = h('div', {class: 'alert', 'aria-live': 'polite'});
    const el = h('form', {id: 'acknowledgement', class: 'stack', novalidate: true},
        h('label', {class: 'field'}, h('span', {text: t('visit.ack.name')}), name),
        h('label', {class: 'field'}, h('span', {text: t('visit.ack.position')}), position),
        h('label', {class: 'checks'}, refused, t('visit.ack.refused')),
        h('label', {class: 'field'}, h('span', {text: t('visit.ack.note')}), note),
        status, h('button', {type: 'submit', text: t('visit.ack.save')}));
    el.addEventListener('submit', async event => {
        event.preventDefault();
        try {
            await post(`/api/v1/inspections/${id}/acknowledgement`, {name: name.value || null,
                position: position.value || null, refused: refused.checked, note: note.value || null});
            await reload();
        } catch (error) {
            showError(status, error);
        }
    });
    return el;
}

function confirmPart(final) {
    const mine = record.confirmations.some(c => String(c.officerId) === session.sub);
    if (final || mine) return confirmationList(record);
    const status = h('div', {class: 'alert', 'aria-live': 'polite'});
    return h('div', {}, confirmationList(record), status,
        h('button', {type: 'button', id: 'confirm-record', text: t('visit.confirm.do'), onclick: async () => {
            if (!(await confirmAction({message: t('visit.confirm.ask')}))) return;
            try {
                await post(`/api/v1/inspections/${id}/confirm`, {});
                await reload();
            } catch (error) {
                showError(status, error);
            }
        }}));
}

function draw() {
    const final = record.final;
    const i = record.inspection;
    const doorQr = record.doorUrl ? record.doorUrl.replace('/door?', '/door.png?') : null;
    const joint = isJoint(record);
    const findings = new Map(record.findings.map(f => [keyOf(joint && f.matterId, f.item), f]));
    replace($('visit-title'), i.targetName || i.creditCode);
    const visit = $('visit');
    visit.removeAttribute('aria-busy');
    visit.dataset.final = String(final);
    replace(visit,
        h('p', {class: 'muted'}, h('span', {class: 'mono', text: i.creditCode}), ' ',
            final ? h('strong', {id: 'final', class: 'badge ok', text: t('visit.final')}) : h('span', {class: 'badge neutral', text: t('visit.open')})),
        h('section', {class: 'card', id: 'door'}, h('h2', {text: t('visit.door')}),
            doorQr ? [h('p', {class: 'muted', text: t('visit.door.text')}),
                h('img', {id: 'door-qr', src: doorQr, alt: t('visit.door'), width: 240, height: 240, class: 'qr'})]
                : h('p', {class: 'muted', text: t('visit.door.none')})),
        h('section', {class: 'card', id: 'check-in-part'}, h('h2', {text: t('visit.checkIn')}), checkInPart()),
        record.checkIn ? [
            // a joint inspection's items under each matter, named with its agency (one visit, one record)
            h('section', {id: 'items'}, h('h2', {text: t('visit.items')}), itemGroups(record).map(g => [
                g.matter ? h('h3', {class: 'matter-heading', dataset: {matter: String(g.matter.matterId)},
                    text: t('visit.matter', {name: g.matter.name, agency: g.matter.agencyName || ''})}) : null,
                g.items.map(item => itemCard(item, findings.get(keyOf(g.matter?.matterId, item.code)), final,
                    g.matter?.matterId))])),
            h('section', {class: 'card', id: 'whole-visit'}, h('h2', {text: t('visit.wholeVisit')}),
                h('p', {class: 'muted', text: t('visit.wholeVisit.text')}), final ? null : pickers(null, null)),
            h('section', {class: 'card', id: 'evidence'}, h('h2', {text: t('record.evidence')}), evidenceTable(record, fail)),
            h('section', {class: 'card', id: 'ack'}, h('h2', {text: t('visit.ack')}), acknowledgementPart(final)),
            h('section', {class: 'card', id: 'confirm'}, h('h2', {text: t('visit.confirm')}), confirmPart(final)),
        ] : null);
    drawStatus();
    // the moment the record is on screen, read by the phone benchmark (PhoneVisitBench, docs/performance.md)
    if (!performance.getEntriesByName('zhifa:visit-drawn').length) performance.mark('zhifa:visit-drawn');
}

if (session) {
    window.addEventListener('online', flush);
    window.addEventListener('offline', () => showInfo($('status'), t('visit.offline')));
    get('/api/v1/inspections', {officerId: session.sub, page: 1, size: 100})
        .then(tasks => (team = tasks.items.find(task => task.id === id)?.team || []))
        .then(() => record && drawStatus()).catch(() => undefined);
    reload().then(flush).catch(fail);
}
