// 风险等级调整建议: results that found a problem propose a higher risk level for their target (next plans); the
// planner accepts or rejects each (with a reason). And the export of published results (结果公开) for the national
// enterprise credit publicity system: CSV, xlsx or JSON over a period.
import {h, replace} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {act, field, form, onSubmit} from '../forms.js';
import {table} from '../table.js';
import {instant, label} from '../format.js';
import {saveAs} from '../documents.js';
import {failIn, showSuccess} from '../problem.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The proposals waiting for a decision, each with accept and reject (a reason asked for). */
export async function proposals(container) {
    const status = h('div', {class: 'alert', 'aria-live': 'polite'});
    const show = async message => {
        let page;
        try {
            page = await get('/api/v1/risk-proposals', {state: 'PROPOSED', size: 100});
        } catch (error) {
            failIn(container, error);
            return;
        }
        const reject = p => {
            const {form: el, status: formStatus} = form({
                fields: [field({name: 'reason', label: 'proposals.reason', type: 'textarea', required: true})],
                submit: 'proposals.reject',
            });
            onSubmit(el, {
                status: formStatus,
                action: async v => {
                    await post(`/api/v1/risk-proposals/${p.id}/reject`, {reason: v.reason});
                    await show(t('proposals.rejected', {name: p.targetName}));
                    return false;
                },
            });
            replace(container.querySelector('#proposal-decision'), h('h3', {text: t('proposals.rejectTitle', {name: p.targetName})}), el);
        };
        const accept = p => act(status, {
            message: t('proposals.accept.confirm', {name: p.targetName, to: label('risk', p.proposedLevel)}),
            action: async () => {
                await post(`/api/v1/risk-proposals/${p.id}/accept`);
                await show(t('proposals.accepted', {name: p.targetName, to: label('risk', p.proposedLevel)}));
            },
        });
        replace(container,
            h('p', {class: 'muted', text: t('proposals.text')}),
            table([
                {label: 'proposals.target', value: p => `${p.targetName}（${p.creditCode}）`},
                {label: 'proposals.from', value: p => label('risk', p.fromLevel)},
                {label: 'proposals.to', value: p => label('risk', p.proposedLevel)},
                {label: 'proposals.cause', value: p => t(`proposals.cause.${p.cause}`, {code: p.resultCode || ''})},
                {label: 'proposals.matter', value: p => `${p.matterName}（${t('proposals.plan', {id: p.planId})}）`},
                {label: 'proposals.at', value: p => instant(p.createdAtMs)},
                {label: 'proposals.decide', value: p => h('div', {class: 'actions'},
                    h('button', {type: 'button', text: t('proposals.accept'), onclick: () => accept(p)}),
                    h('button', {type: 'button', class: 'secondary', text: t('proposals.reject'), onclick: () => reject(p)}))},
            ], page.items, {caption: 'proposals.title', empty: 'proposals.none'}),
            h('div', {id: 'proposal-decision'}), status);
        if (message) showSuccess(status, message);
    };
    await show();
}

/** Published results of a period as CSV, xlsx or JSON, in the publicity system's columns. */
export function resultsExport(container) {
    const year = new Date().getFullYear();
    const {form: el, status} = form({
        id: 'results-export',
        fields: [
            field({name: 'from', label: 'export.from', type: 'date', required: true, value: `${year}-01-01`}),
            field({name: 'to', label: 'export.to', type: 'date', required: true, value: `${year}-12-31`}),
            field({name: 'format', label: 'export.format', type: 'select', value: 'csv', options: [
                {code: 'csv', name: 'CSV'}, {code: 'xlsx', name: 'Excel (xlsx)'}, {code: 'json', name: 'JSON'}]}),
        ],
        submit: 'export.download',
    });
    onSubmit(el, {
        status,
        action: async v => {
            const accept = {csv: 'text/csv', xlsx: XLSX, json: 'application/json'}[v.format];
            const query = new URLSearchParams({from: v.from, to: v.to});
            await saveAs(`/api/v1/inspections/results?${query}`, accept, `results-${v.from}-${v.to}.${v.format}`);
            return t('export.done');
        },
    });
    replace(container, h('p', {class: 'muted', text: t('export.text')}), el);
}
