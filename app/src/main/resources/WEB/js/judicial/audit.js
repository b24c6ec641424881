// 全过程记录: the judicial bureau checks the audit chain (every link's hash recomputed on the server) and reads
// the record, of everything or of one entity, newest page first.
import {h, replace} from '../dom.js';
import {get} from '../api.js';
import {has, t} from '../i18n.js';
import {instant} from '../format.js';
import {field, values} from '../forms.js';
import {failIn} from '../problem.js';
import {PagedTable} from '../paging.js';

/** The kinds of record the services write (entityType of the audit events). */
const ENTITY_TYPES = ['officer', 'credential', 'plan', 'matter', 'target', 'target-directory', 'inspection',
    'training-course', 'training-attendance', 'training-import', 'exam-sitting'];
const PAGE_SIZE = 20;

async function verify(box) {
    box.setAttribute('aria-busy', 'true');
    try {
        const v = await get('/api/v1/audit/verify');
        // chains of their own anchored in the audit chain (an exam sitting's saved answers): checked with it
        const anchored = v.anchored || [];
        const broken = anchored.find(c => !c.valid);
        const kind = c => t(`audit.entity.${c.kind}`);
        replace(box, v.valid
            ? h('p', {class: 'alert ok', id: 'audit-verdict', text: [t('audit.valid', {checked: v.checked}),
                ...anchored.map(c => t('audit.anchored', {checked: c.checked, chains: c.chains, kind: kind(c)}))].join(' ')})
            : v.firstBrokenSeq == null && broken
                ? h('p', {class: 'alert bad', id: 'audit-verdict', role: 'alert', text: t('audit.brokenAnchored', {kind: kind(broken), where: broken.firstBroken})})
                : h('p', {class: 'alert bad', id: 'audit-verdict', role: 'alert', text: t('audit.broken', {checked: v.checked, seq: v.firstBrokenSeq})}));
    } catch (error) {
        failIn(box, error);
    } finally {
        box.removeAttribute('aria-busy');
    }
}

export function auditLog(container) {
    const verdict = h('div', {'aria-live': 'polite'});
    const check = h('button', {type: 'button', id: 'audit-verify', text: t('audit.verify'), onclick: () => verify(verdict)});
    const filter = h('form', {class: 'toolbar', role: 'search', id: 'audit-filter'},
        field({name: 'entityType', label: 'audit.entityType', type: 'select',
            options: [{code: '', name: t('common.all')}, ...ENTITY_TYPES.map(code => ({code, name: t(`audit.entity.${code}`)}))]}),
        field({name: 'entityId', label: 'audit.entityId'}),
        h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'secondary', text: t('audit.search')})));
    const list = h('div', {id: 'audit-events'});
    const events = new PagedTable(list, {
        size: PAGE_SIZE, empty: 'audit.none', caption: 'audit.log',
        columns: [
            {label: 'audit.col.seq', num: true, value: e => String(e.seq)},
            {label: 'audit.col.at', value: e => instant(e.occurredAtMs)},
            {label: 'audit.col.actor', value: e => `${e.actorSubject}（${e.actorRole}）`},
            {label: 'audit.col.action', value: e => h('span', {}, has(`event.${e.action}`) ? [t(`event.${e.action}`), h('br')] : null,
                h('span', {class: 'mono muted', text: e.action}))},
            {label: 'audit.col.entity', value: e => h('span', {}, t(`audit.entity.${e.entityType}`), ' ', h('span', {class: 'mono', text: e.entityId}))},
            {label: 'audit.col.summary', value: e => h('details', {}, h('summary', {text: e.reason || t('audit.details')}),
                h('pre', {class: 'mono wrap', text: e.summary}), h('p', {class: 'mono muted wrap', text: t('audit.hash', {hash: e.hash})}))},
        ],
        load: (page, size) => get('/api/v1/audit', {...values(filter), page, size}),
    });
    // the chain reads oldest first; open on its last page, where the newest events are
    const newest = async () => {
        const first = await events.show(1);
        const pages = Math.ceil((first.last?.total || 0) / PAGE_SIZE);
        if (pages > 1) await events.show(pages);
    };
    filter.addEventListener('submit', event => {
        event.preventDefault();
        newest();
    });
    replace(container, h('p', {class: 'muted', text: t('audit.text')}), h('div', {class: 'actions'}, check), verdict,
        h('h3', {text: t('audit.log')}), filter, list);
    verify(verdict);
    return newest();
}
