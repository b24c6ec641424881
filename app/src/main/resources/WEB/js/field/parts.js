// What the officer's visit page and the read-only record page both show of a field record (现场检查记录):
// what is still missing, the check-in, the findings, the evidence (played or downloaded through a short-lived link
// given to the reader: every read is audited server-side, 调阅记录) and the members' signatures.
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {instant, label} from '../format.js';
import {table} from '../table.js';
import {download, objectUrl, saveAs} from '../documents.js';
import {ApiError, post} from '../api.js';

/** A size in bytes as people read it. */
export function bytes(n) {
    if (n < 1024) return `${n} B`;
    if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
    return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The team's names by officer id, from the task list's team (when known) and the signatures. */
export function namesOf(record, team = []) {
    const names = new Map(team.map(m => [String(m.officerId), m.name]));
    for (const c of record.confirmations || []) names.set(String(c.officerId), c.name);
    return id => names.get(String(id)) || `#${id}`;
}

/** Whether the record is of an inspection covering several matters (a joint plan's): items are then per matter. */
export const isJoint = record => (record.matters || []).length > 1;

/** An item as the officer reads it: on a joint record with its matter's name first. */
export function itemName(record, matterId, item) {
    const matter = isJoint(record) && matterId ? record.matters.find(m => m.matterId === matterId) : null;
    return matter ? `${matter.name} · ${item}` : item;
}

/** The check list of each matter the record covers: [{matter (null on a record of one matter), items}]. */
export function itemGroups(record) {
    return isJoint(record) ? record.matters.map(m => ({matter: m, items: m.checklist?.items || []}))
        : [{matter: null, items: record.checklist?.items || []}];
}

/** The list of what is missing, in the rule's order; "complete" when nothing is. */
export function missingList(record, nameOf) {
    if (!record.missing.length) return h('p', {class: 'ok', id: 'missing-none', text: t('visit.missing.none')});
    return h('ul', {id: 'missing-list'}, record.missing.map(m => h('li', {dataset: {what: m.what, item: m.item || '',
        matter: m.matterId ? String(m.matterId) : ''},
        text: t(`missing.${m.what}`, {item: m.item ? itemName(record, m.matterId, m.item) : '', kind: label('kind', m.kind),
            name: nameOf(m.officerId)})})));
}

export function checkInText(checkIn) {
    if (!checkIn) return t('missing.CHECK_IN');
    const where = checkIn.latitude !== null && checkIn.latitude !== undefined
        ? t('visit.checkIn.where', {lat: checkIn.latitude, lon: checkIn.longitude, acc: checkIn.accuracyMeters ?? '—'}) : '';
    return t('visit.checkIn.done', {at: instant(checkIn.at)}) + where;
}

export function acknowledgementText(ack) {
    if (!ack) return t('missing.ACKNOWLEDGEMENT');
    return ack.refused ? t('visit.ack.refusedShown', {note: ack.note || ''})
        : t('visit.ack.signed', {name: ack.name, position: ack.position || '—'});
}

export function confirmationList(record) {
    if (!record.confirmations.length) return h('p', {class: 'muted', text: t('record.none')});
    return h('ul', {id: 'confirmations'}, record.confirmations.map(c => h('li', {dataset: {officer: String(c.officerId)},
        text: t('visit.confirmed', {name: c.name, at: instant(c.at)})})));
}

/** The findings; on a joint record a table per matter under the matter's name and agency. */
export function findingsTable(record) {
    return itemGroups(record).map(g => {
        const items = new Map(g.items.map(i => [i.code, i]));
        const rows = g.matter ? record.findings.filter(f => f.matterId === g.matter.matterId) : record.findings;
        return [g.matter ? h('h3', {class: 'matter-heading', dataset: {matter: String(g.matter.matterId)},
            text: t('visit.matter', {name: g.matter.name, agency: g.matter.agencyName || ''})}) : null,
        table([
            {label: 'col.item', value: f => `${f.item} ${items.get(f.item)?.content || ''}`},
            {label: 'col.outcome', value: f => label('outcome', f.outcome)},
            {label: 'col.note', value: f => f.note || ''},
        ], rows)];
    });
}

/**
 * A short-lived link to the file (POST …/link): an img, video or audio element streams it with Range requests, each
 * read recorded under the reader; null where the deployment signs no links (the file is then fetched with the token).
 */
async function linkTo(evidence) {
    try {
        return (await post(`/api/v1/evidence/${evidence.id}/link`)).url;
    } catch (error) {
        if (error instanceof ApiError && error.problem?.type === 'urn:zhifa:problem:EVIDENCE_LINKS_UNAVAILABLE') return null;
        throw error;
    }
}

/** Shows a file in place (img, video, audio) or saves it. */
async function open(evidence, where) {
    const type = evidence.mediaType || '';
    const link = await linkTo(evidence);
    if (!/^(image|video|audio)\//.test(type)) {
        if (link) download(`${link}&download=true`, evidence.filename);
        else await saveAs(`/api/v1/evidence/${evidence.id}`, type || '*/*', evidence.filename);
        return;
    }
    const url = link || await objectUrl(`/api/v1/evidence/${evidence.id}`, type);
    const player = type.startsWith('image/') ? h('img', {src: url, alt: evidence.filename, class: 'evidence-view'})
        : type.startsWith('video/') ? h('video', {src: url, controls: true, preload: 'metadata', class: 'evidence-view'})
            : h('audio', {src: url, controls: true, preload: 'metadata'});
    where.replaceChildren(player);
}

export function evidenceTable(record, onError) {
    return table([
        {label: 'col.item', value: e => (e.item ? itemName(record, e.matterId, e.item) : '—')},
        {label: 'col.kind', value: e => label('kind', e.kind)},
        {label: 'col.file', value: e => {
            const view = h('div', {class: 'evidence-player'});
            const play = h('button', {type: 'button', class: 'secondary', dataset: {evidence: String(e.id)},
                text: t(/^(image|video|audio)\//.test(e.mediaType || '') ? 'record.play' : 'record.download'),
                onclick: () => open(e, view).catch(onError)});
            return h('div', {}, h('span', {class: 'evidence-name', text: e.filename}), ' ', play, view);
        }},
        {label: 'col.size', num: true, value: e => bytes(e.size)},
        {label: 'col.uploadedAt', value: e => instant(e.uploadedAtMs)},
        {label: 'col.sha256', value: e => h('span', {class: 'mono', text: e.sha256})},
    ], record.evidence);
}
