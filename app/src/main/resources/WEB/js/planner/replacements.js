// 抽取后人员调整: after the draw, the planner takes an inspector off the open inspections (a conflict found later, a
// suspended credential, illness) and the freed seats alone are refilled by the recorded rules; every replacement
// is listed, as the public plan shows it.
import {h} from '../dom.js';
import {post} from '../api.js';
import {t} from '../i18n.js';
import {enumOptions, field, form, onSubmit} from '../forms.js';
import {table} from '../table.js';
import {instant, label} from '../format.js';

const REASONS = ['CONFLICT', 'SUSPENDED', 'ILLNESS', 'OTHER'];

/** The inspectors on the teams of inspections without a result, each once, by name. */
function replaceable(inspections) {
    const byId = new Map();
    inspections.filter(i => !i.resultCode).forEach(i => i.inspectors.forEach(x => byId.set(x.officerId, x)));
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}

/**
 * The section of a drawn plan whose results are not yet public: the replacements made, and the form of a new one.
 * refresh(message) reloads the plan with the words to show.
 */
export function replacementSection(detail, refresh) {
    const {plan} = detail;
    const officers = replaceable(detail.inspections);
    const made = (detail.replacements || []).length ? table([
        {label: 'replace.seq', value: r => String(r.seq)},
        {label: 'replace.officer', value: r => (r.name ? `${r.name}（${r.credentialNumber}）` : String(r.officerId))},
        {label: 'replace.reason', value: r => label('replacement', r.reason)},
        {label: 'replace.note', value: r => r.note || ''},
        {label: 'replace.at', value: r => instant(r.replacedAtMs)},
        {label: 'replace.inspections', num: true, value: r => String(r.inspectionIds.length)},
    ], detail.replacements, {caption: 'replace.made'}) : h('p', {class: 'muted', text: t('replace.none')});
    const {form: el, status} = form({
        id: 'replace-form',
        fields: [
            field({name: 'officerId', label: 'replace.officer', type: 'select', required: true,
                options: officers.map(x => ({code: x.officerId, name: `${x.name}（${x.credentialNumber}）`}))}),
            field({name: 'reason', label: 'replace.reason', type: 'select', required: true, options: enumOptions('replacement', REASONS)}),
            field({name: 'inspectionId', label: 'replace.inspection', type: 'select', value: '',
                options: [{code: '', name: t('replace.inspection.all')}, ...detail.inspections.filter(i => !i.resultCode)
                    .map(i => ({code: i.id, name: i.targetName || i.creditCode}))]}),
            field({name: 'note', label: 'replace.note', type: 'textarea'}),
        ],
        submit: 'replace.submit',
    });
    onSubmit(el, {
        status,
        confirm: v => {
            const officer = officers.find(x => String(x.officerId) === String(v.officerId));
            return officer ? t('replace.confirm', {name: officer.name, reason: label('replacement', v.reason)}) : null;
        },
        action: async v => {
            const officer = officers.find(x => String(x.officerId) === String(v.officerId));
            const done = await post(`/api/v1/plans/${plan.id}/replacements`, {
                officerId: Number(v.officerId), reason: v.reason, note: v.note || null,
                inspectionIds: v.inspectionId ? [Number(v.inspectionId)] : null,
            });
            await refresh(t('replace.done', {name: officer.name, n: done.inspectionIds.length}));
            return false;
        },
    });
    return h('section', {class: 'card', id: 'replacements'}, h('h3', {text: t('replace.title')}),
        h('p', {class: 'muted', text: t('replace.text')}), made, officers.length ? el : null);
}
