// Overdue and incomplete inspections (未完成、逾期的现场检查), for the planner and the judicial bureau: the
// inspections of drawn plans whose field record is not final, filtered by state, plan and day, each linked to its
// record (record.html?id=…).
import {h, replace} from '../dom.js';
import {get} from '../api.js';
import {register, t} from '../i18n.js';
import {PagedTable} from '../paging.js';
import {enumOptions, field, values} from '../forms.js';
import {badge, period} from '../format.js';
import messages from '../messages/field-desk.js';

register(messages);

export const RECORD_STATES = ['OVERDUE', 'WINDOW_ENDED', 'INCOMPLETE', 'NOT_CHECKED_IN'];
const TONE = {OVERDUE: 'bad', WINDOW_ENDED: 'warn', INCOMPLETE: 'neutral', NOT_CHECKED_IN: 'neutral'};

/** "检查结论 2 项、音像记录 1 项、…" from the counts by kind, in the rule's order. */
function missingText(missing) {
    return Object.entries(missing || {}).map(([what, n]) => t(`missing.${what}`, {n})).join('、');
}

export async function openRecords(box) {
    const intro = h('p', {class: 'muted', id: 'records-intro'});
    const warning = h('p', {class: 'alert info', hidden: true});
    const search = h('form', {class: 'toolbar', role: 'search', id: 'records-search'},
        field({name: 'state', label: 'records.state', type: 'select', options: enumOptions('records.state', RECORD_STATES, t('common.all'))}),
        field({name: 'planId', label: 'records.plan', type: 'number', attrs: {min: 1}}),
        field({name: 'asOf', label: 'records.asOf', type: 'date'}),
        h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('records.search')})));
    const listBox = h('div', {id: 'records-list'});
    replace(box, intro, warning, search, listBox);
    const list = new PagedTable(listBox, {
        caption: 'records.title',
        columns: [
            {label: 'records.col.target', value: r => h('span', {}, h('strong', {text: r.targetName}), h('br'),
                h('span', {class: 'mono muted', text: r.creditCode}))},
            {label: 'records.col.plan', value: r => h('span', {}, `${r.planName}（${r.planId}）`, h('br'),
                h('span', {class: 'muted', text: r.matterName}))},
            {label: 'records.col.window', value: r => period(r.startsOn, r.endsOn)},
            {label: 'records.col.deadline', value: r => h('span', {class: 'nowrap', text: r.resultDeadline})},
            {label: 'records.col.state', value: r => badge('records.state', r.state, TONE[r.state])},
            {label: 'records.col.missing', value: r => missingText(r.missing)},
            {label: 'records.col.record', value: r => h('a', {href: `/record.html?id=${r.inspectionId}`,
                class: 'record-link', text: t('records.open')})},
        ],
        rowAttrs: r => ({dataset: {inspection: String(r.inspectionId), state: r.state}}),
        load: async (page, size) => {
            const result = await get('/api/v1/inspections/records', {...values(search), page, size});
            intro.textContent = t('records.text', {days: result.workingDays});
            warning.hidden = !result.calendarYearsMissing?.length;
            warning.textContent = t('records.calendarMissing', {years: (result.calendarYearsMissing || []).join('、')});
            return result;
        },
    });
    search.addEventListener('submit', event => {
        event.preventDefault();
        list.reload();
    });
    return list.show();
}
