// The read-only field record for the planner and the judicial bureau (from the plan's inspections): check-in,
// findings, the evidence played or downloaded (each read audited: 调阅记录), what is missing, the signatures.
import {layout} from '../layout.js';
import {h, params, replace} from '../dom.js';
import {get} from '../api.js';
import {t} from '../i18n.js';
import {current, HOME} from '../session.js';
import {showError} from '../problem.js';
import {saveAs} from '../documents.js';
import messages from '../messages/field.js';
import {acknowledgementText, checkInText, confirmationList, evidenceTable, findingsTable, missingList, namesOf} from './parts.js';

layout({active: null, messages, title: 'record.page'});
const id = Number(params().get('id'));
const $ = name => document.getElementById(name);
const fail = error => showError($('status'), error);
const session = current();
const role = session?.roles?.find(r => HOME[r]);

async function show() {
    const record = await get(`/api/v1/inspections/${id}/record`);
    const i = record.inspection;
    // the team's names for members who have not signed yet (the record names only those who have); a reader the
    // plan is not shown to (an officer of the team) keeps the officer numbers
    const plan = await get(`/api/v1/plans/${i.planId}`).catch(() => null);
    const team = plan?.inspections?.find(x => x.id === id)?.inspectors || [];
    if (role === 'planner') $('back').href = `/planner.html#plans`;
    else if (role && HOME[role]) $('back').href = HOME[role];
    replace($('record-title'), `${t('record.page')}：${i.targetName || i.creditCode}`);
    const box = $('record');
    box.removeAttribute('aria-busy');
    box.dataset.final = String(record.final);
    replace(box,
        h('p', {class: 'muted'}, h('span', {class: 'mono', text: i.creditCode}), ' ',
            record.final ? h('strong', {id: 'final', class: 'badge ok', text: t('visit.final')})
                : h('span', {class: 'badge neutral', text: t('visit.open')})),
        h('section', {class: 'card missing-box', id: 'missing'}, h('h2', {text: t('visit.missing')}),
            missingList(record, namesOf(record, team))),
        h('section', {class: 'card'}, h('h2', {text: t('record.checkIn')}), h('p', {text: checkInText(record.checkIn)})),
        h('section', {class: 'card', id: 'findings'}, h('h2', {text: t('record.findings')}), findingsTable(record)),
        h('section', {class: 'card', id: 'evidence'}, h('h2', {text: t('record.evidence')}),
            h('p', {class: 'muted', text: t('record.audited')}), evidenceTable(record, fail)),
        h('section', {class: 'card', id: 'ack'}, h('h2', {text: t('visit.ack')}), h('p', {text: acknowledgementText(record.acknowledgement)})),
        h('section', {class: 'card', id: 'confirm'}, h('h2', {text: t('record.confirmations')}), confirmationList(record)),
        h('section', {class: 'card', id: 'archive'}, h('h2', {text: t('record.archive')}),
            h('p', {class: 'muted', text: t(record.final ? 'record.archive.final' : 'record.archive.snapshot')}),
            h('button', {type: 'button', id: 'archive-download', text: t('record.archive.download'),
                onclick: () => saveAs(`/api/v1/inspections/${id}/archive`, 'application/zip',
                    `inspection-${id}-archive.zip`).catch(fail)})));
}

if (!session) location.href = `/signin.html?next=${encodeURIComponent(location.pathname + location.search)}`;
else show().catch(fail);
