// The planner's plans: the list with each plan's stage, and the form of a new plan.
import {period} from '../format.js';
import {h} from '../dom.js';
import {allPages, get, post} from '../api.js';
import {t} from '../i18n.js';
import {PagedTable} from '../paging.js';
import {planState, RISK_LEVELS, CREDIT_LEVELS} from '../plans.js';
import {field, form, onSubmit} from '../forms.js';
import {areas, namer} from '../dictionaries.js';
import {thisYear} from '../business-day.js';

/** The list of every plan; manage(id) opens a plan's workflow. */
export async function planList(container, manage) {
    const division = await namer('divisions');
    const list = new PagedTable(container, {
        caption: 'plans.list',
        columns: [
            {label: 'col.name', value: p => p.name},
            {label: 'col.year', value: p => String(p.year)},
            {label: 'plans.areas', value: p => p.areas.map(division).join('、')},
            {label: 'col.window', value: p => period(p.startsOn, p.endsOn)},
            {label: 'col.stage', value: p => planState(p)},
            {label: 'common.actions', value: p => h('button', {type: 'button', class: 'secondary', dataset: {plan: p.id}, onclick: () => manage(p.id), text: t('plans.manage')})},
        ],
        load: (page, size) => get('/api/v1/plans', {page, size}),
    });
    await list.show();
    return list;
}

function decimal(name, label) {
    return field({name, label, type: 'number', attrs: {step: '0.0001', min: '0'}});
}

/** A ratio typed as a percentage, as people say it (5 means 5 %); the API takes the fraction. */
function percentField(name, label) {
    return field({name, label, type: 'number', attrs: {step: '0.01', min: '0', max: '100'}});
}

/** 5 (%) → 0.05, rounded to the API's four decimals so that 1.1 % is 0.011 and not 0.011000000000000001. */
function fraction(percent) {
    return Number((percent / 100).toFixed(4));
}

/**
 * A matter as a choice: matters of one name (each agency keeps its own list) told apart by their subject (抽查主体),
 * an agency named also where the matter gives its code.
 */
function matterOption(m, agency) {
    return {code: m.id, name: `${m.name}（${agency(m.subject)}）`};
}

/** When the drawn targets become public (the API's disclosure moments). */
const DISCLOSURES = ['AT_DRAW', 'AT_WINDOW_START', 'AT_RESULTS'];

/** Builds the body of POST /api/v1/plans from the form's values. */
function planBody(v) {
    const pick = (prefix, levels, as = x => x) => Object.fromEntries(levels.filter(l => v[`${prefix}.${l}`] !== undefined).map(l => [l, as(v[`${prefix}.${l}`])]));
    return {
        name: v.name, matterId: v.matterId ? Number(v.matterId) : null, year: v.year, areas: v.areas,
        matterIds: jointMatters(v),
        ratios: pick('ratios', RISK_LEVELS, fraction), creditMultipliers: pick('creditMultipliers', CREDIT_LEVELS),
        teamSize: v.teamSize, inspectorCap: v.inspectorCap, startsOn: v.startsOn, endsOn: v.endsOn,
        entropySource: entropySource(v), disclosure: v.disclosure || null,
    };
}

/** A joint plan's matters, the lead one first; none (a plan of one matter) when no other matter is ticked. */
function jointMatters(v) {
    const lead = v.matterId ? Number(v.matterId) : null;
    const others = (v.jointMatterIds || []).map(Number).filter(id => id !== lead);
    return others.length && lead !== null ? [lead, ...others] : null;
}

/** The named entropy source, its moment entered in Beijing time; none when both fields are empty. */
function entropySource(v) {
    const description = v['entropySource.description'];
    const at = v['entropySource.availableAt'];
    if (!description && !at) return null;
    return {description: description || null, availableAt: at ? `${at.length === 16 ? `${at}:00` : at}+08:00` : null};
}

/** The form of a new plan; created(plan) is called with the answer. */
export async function newPlanForm(container, created) {
    const [matters, divisions, agency] = await Promise.all([allPages('/api/v1/matters'), areas(), namer('agencies')]);
    const year = await thisYear();
    const {form: el, status} = form({
        id: 'new-plan',
        fields: [
            field({name: 'name', label: 'plans.name', required: true}),
            field({name: 'matterId', label: 'plans.matter', type: 'select', required: true, options: matters.map(m => matterOption(m, agency))}),
            field({name: 'jointMatterIds', label: 'plans.jointMatters', type: 'checks', hint: 'plans.jointMatters.hint', options: matters.map(m => matterOption(m, agency))}),
            field({name: 'year', label: 'plans.year', type: 'number', value: year, required: true}),
            field({name: 'areas', label: 'plans.areas', type: 'checks', hint: 'plans.areas.hint', required: true, options: divisions}),
            h('fieldset', {class: 'field'}, h('legend', {text: t('plans.ratios')}), h('div', {class: 'fields'},
                RISK_LEVELS.map(r => percentField(`ratios.${r}`, `risk.${r}`)))),
            h('fieldset', {class: 'field'}, h('legend', {text: t('plans.multipliers')}), h('div', {class: 'fields'},
                CREDIT_LEVELS.map(c => decimal(`creditMultipliers.${c}`, `credit.${c}`)))),
            field({name: 'teamSize', label: 'plans.teamSize', type: 'number', value: 2, required: true, attrs: {min: 2}}),
            field({name: 'inspectorCap', label: 'plans.cap', type: 'number', attrs: {min: 1}}),
            field({name: 'startsOn', label: 'plans.startsOn', type: 'date', required: true}),
            field({name: 'endsOn', label: 'plans.endsOn', type: 'date', required: true}),
            field({name: 'disclosure', label: 'plans.disclosure', type: 'select', hint: 'plans.disclosure.hint', value: 'AT_DRAW',
                options: DISCLOSURES.map(d => ({code: d, name: t(`plans.disclosure.${d}`)}))}),
            h('fieldset', {class: 'field'}, h('legend', {text: t('plans.entropy')}),
                h('p', {class: 'muted', text: t('plans.entropy.hint')}), h('div', {class: 'fields'},
                    field({name: 'entropySource.description', label: 'plans.entropy.source'}),
                    field({name: 'entropySource.availableAt', label: 'plans.entropy.at', type: 'datetime-local'}))),
        ],
        submit: 'plans.create',
    });
    onSubmit(el, {
        status,
        confirm: v => t('plans.create.confirm', {name: v.name || ''}),
        action: async v => {
            const plan = await post('/api/v1/plans', planBody(v));
            el.reset();
            created(plan);
            return t('plans.created', {id: plan.id});
        },
    });
    container.replaceChildren(el);
}
