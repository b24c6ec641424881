// The judicial bureau's exam console: the question bank (import, list, retire), scheduling with the seed committed,
// then per exam registration, candidates with scores and a histogram, export, and the item analysis.
import {layout} from '../layout.js';
import {h, replace} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {badge, instant, label, number, percent, yesNo} from '../format.js';
import {requireRole} from '../session.js';
import {tabs} from '../tabs.js';
import {facts, table} from '../table.js';
import {pager} from '../paging.js';
import {barChart} from '../chart.js';
import {act, enumOptions, field, form, onSubmit, values} from '../forms.js';
import {options} from '../dictionaries.js';
import {failIn} from '../problem.js';
import {importForm} from '../upload.js';
import {saveAs} from '../documents.js';
import messages from '../messages/exams.js';

const session = requireRole('judicial');
layout({active: null, messages, title: 'exams.page'});
const $ = id => document.getElementById(id);

/** A datetime-local value (Beijing's wall clock, as the form says) as an ISO date-time with offset. */
const beijing = local => (local ? `${local.length === 16 ? `${local}:00` : local}+08:00` : undefined);

async function topics() {
    return [{code: 'COMPREHENSIVE_LAW', name: t('topic.COMPREHENSIVE_LAW')}, ...await options('categories')];
}

async function bank() {
    $('bank-import').replaceChildren(importForm({
        id: 'bank-import-form', path: '/api/v1/exam-questions/import', confirm: 'bank.confirm',
        done: r => { questions(1); return t('bank.done', r); },
    }));
    const filter = $('bank-filter');
    replace(filter, field({name: 'topic', label: 'bank.topic', type: 'select', options: await topics(), value: 'COMPREHENSIVE_LAW'}),
        field({name: 'includeRetired', label: 'bank.retired', type: 'checkbox'}),
        h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('bank.show')})));
    filter.onsubmit = event => { event.preventDefault(); questions(1); };
    await questions(1);
}

async function questions(page) {
    const body = $('bank-list');
    const v = values($('bank-filter'));
    try {
        const list = await get('/api/v1/exam-questions', {topic: v.topic, includeRetired: v.includeRetired || undefined, page, size: 20});
        const status = h('div', {class: 'alert', 'aria-live': 'polite'});
        replace(body, status, table([
            {label: 'col.code', value: q => h('span', {class: 'mono', text: q.code})},
            {label: 'col.type', value: q => label('type', q.type)},
            {label: 'col.difficulty', value: q => label('difficulty', q.difficulty)},
            {label: 'col.stem', value: q => q.stem},
            {label: 'col.answer', value: q => q.answer},
            {label: 'col.state', value: q => (q.retired ? badge('x', t('bank.retiredMark'), 'neutral')
                : h('button', {type: 'button', class: 'secondary', text: t('bank.retire'), onclick: async () => {
                    const done = await act(status, {message: t('bank.retireConfirm', {code: q.code}),
                        action: () => post(`/api/v1/exam-questions/${encodeURIComponent(q.code)}/retirement`, {})});
                    if (done) questions(page);
                }}))},
        ], list.items), pager(list, questions));
    } catch (error) {
        failIn(body, error);
    }
}

async function schedule() {
    const body = $('schedule-body');
    const {form: el, status} = form({
        id: 'schedule-form',
        fields: [
            field({name: 'name', label: 'schedule.name', required: true, attrs: {maxlength: 200}}),
            field({name: 'kind', label: 'schedule.kind', type: 'select', required: true,
                options: enumOptions('kind', ['COMPREHENSIVE_LAW', 'PROFESSIONAL_LAW'])}),
            field({name: 'category', label: 'schedule.category', type: 'select', options: await options('categories', '')}),
            field({name: 'easy', label: 'schedule.easy', type: 'number', attrs: {min: 0, step: 1}}),
            field({name: 'medium', label: 'schedule.medium', type: 'number', attrs: {min: 0, step: 1}}),
            field({name: 'hard', label: 'schedule.hard', type: 'number', attrs: {min: 0, step: 1}}),
            field({name: 'opensAt', label: 'schedule.opensAt', type: 'datetime-local', required: true, attrs: {step: 1}}),
            field({name: 'closesAt', label: 'schedule.closesAt', type: 'datetime-local', required: true, attrs: {step: 1}}),
            field({name: 'durationMinutes', label: 'schedule.duration', type: 'number', required: true, attrs: {min: 1, step: 1}}),
            field({name: 'passMark', label: 'schedule.passMark', type: 'number', required: true, value: 60, attrs: {min: 0, max: 100, step: 0.01}}),
        ],
        submit: 'schedule.submit',
    });
    onSubmit(el, {
        status,
        confirm: v => t('schedule.confirm', {name: v.name}),
        action: async v => {
            const blueprint = [['EASY', v.easy], ['MEDIUM', v.medium], ['HARD', v.hard]]
                .filter(([, count]) => count).map(([difficulty, count]) => ({difficulty, count}));
            const exam = await post('/api/v1/exams', {name: v.name, kind: v.kind, category: v.category || undefined, blueprint,
                opensAt: beijing(v.opensAt), closesAt: beijing(v.closesAt), durationMinutes: v.durationMinutes, passMark: v.passMark});
            examList(1);
            return t('schedule.done', exam);
        },
    });
    replace(body, el);
}

async function examList(page) {
    const body = $('exam-list');
    try {
        const list = await get('/api/v1/exams', {page, size: 10});
        replace(body, table([
            {label: 'col.id', value: e => String(e.id)},
            {label: 'col.name', value: e => e.name},
            {label: 'col.kind', value: e => label('kind', e.kind)},
            {label: 'col.window', value: e => `${instant(e.opensAt)} – ${instant(e.closesAt)}`},
            {label: 'col.state', value: e => badge('exam.state', e.state, e.state === 'OPEN' ? 'ok' : 'neutral')},
            {label: 'col.candidates', num: true, value: e => String(e.candidates)},
            {label: 'col.open', value: e => h('button', {type: 'button', class: 'secondary', text: t('exam.open'),
                dataset: {exam: String(e.id)}, onclick: () => openExam(e.id)})},
        ], list.items), pager(list, examList));
    } catch (error) {
        failIn(body, error);
    }
}

async function openExam(id) {
    const body = $('exam-body');
    try {
        const [exam, results, analysis] = await Promise.all([get(`/api/v1/exams/${id}`),
            get(`/api/v1/exams/${id}/results`), get(`/api/v1/exams/${id}/item-analysis`)]);
        replace(body, h('h3', {id: 'exam-heading', text: `${exam.name}（${exam.id}）`}),
            facts([
                ['col.kind', label('kind', exam.kind)], ['col.window', `${instant(exam.opensAt)} – ${instant(exam.closesAt)}`],
                ['col.state', label('exam.state', exam.state)], ['exam.duration', t('exam.minutes', {n: exam.durationMinutes})],
                ['exam.passMark', number(exam.passMark)],
                ['exam.blueprint', exam.blueprint.map(c => `${label('difficulty', c.difficulty)} ${c.count}`).join('、')],
                ['exam.commitment', h('span', {class: 'mono', id: 'exam-commitment', text: exam.commitment})],
                ['exam.poolHash', h('span', {class: 'mono', text: exam.poolHash})], ['exam.poolSize', String(exam.poolSize)],
                ['exam.seed', exam.seed ? h('span', {class: 'mono', text: exam.seed}) : null],
            ]),
            exam.state === 'CLOSED' ? null : registerForm(exam),
            resultsPart(exam, results), analysisPart(analysis));
        body.scrollIntoView({block: 'start'});
    } catch (error) {
        failIn(body, error);
    }
}

function registerForm(exam) {
    const {form: el, status} = form({
        id: 'register-form',
        fields: [field({name: 'officerIds', label: 'register.ids', type: 'textarea', required: true, attrs: {rows: 2}})],
        submit: 'register.submit',
    });
    const ids = v => (v.officerIds || '').split(/[\s,，、]+/).filter(Boolean).map(Number);
    onSubmit(el, {
        status,
        confirm: v => t('register.confirm', {n: ids(v).length}),
        action: async v => {
            const r = await post(`/api/v1/exams/${exam.id}/candidates`, {officerIds: ids(v)});
            $('results').replaceWith(resultsPart(exam, await get(`/api/v1/exams/${exam.id}/results`)));
            return t('register.done', {...r, exempt: r.exempt.length});
        },
    });
    return h('div', {}, h('h4', {text: t('register.title')}), el);
}

function download(exam, accept, extension) {
    return saveAs(`/api/v1/exams/${exam.id}/results`, accept, `exam-${exam.id}-results.${extension}`);
}

function resultsPart(exam, r) {
    const bins = r.histogram.map((n, i) => ({label: i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`, value: n}));
    return h('div', {id: 'results'},
        h('h4', {text: t('results.title')}),
        h('p', {id: 'results-summary', text: t('results.summary', {...r, mean: r.meanScore ?? '—'})}),
        h('div', {id: 'histogram'}, barChart(bins, {title: 'results.histogram'})),
        h('div', {class: 'actions'},
            h('button', {type: 'button', class: 'secondary', text: t('results.csv'), onclick: () => download(exam, 'text/csv', 'csv')}),
            h('button', {type: 'button', class: 'secondary', text: t('results.xlsx'),
                onclick: () => download(exam, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx')})),
        table([
            {label: 'col.officerId', value: c => String(c.officerId)},
            {label: 'col.officerName', value: c => c.name},
            {label: 'col.agency', value: c => c.agencyCode},
            {label: 'col.status', value: c => label('status', c.status)},
            {label: 'col.score', num: true, value: c => (c.score === undefined ? '' : number(c.score))},
            {label: 'col.passed', value: c => (c.passed === undefined ? '' : badge('x', yesNo(c.passed), c.passed ? 'ok' : 'bad'))},
        ], r.items));
}

function analysisPart(items) {
    return h('div', {id: 'item-analysis'},
        h('h4', {text: t('analysis.title')}),
        items.length ? table([
            {label: 'col.code', value: q => h('span', {class: 'mono', text: q.code})},
            {label: 'col.stem', value: q => q.stem},
            {label: 'col.answer', value: q => q.answer},
            {label: 'col.responses', num: true, value: q => String(q.responses)},
            {label: 'col.facility', num: true, value: q => percent(q.facility)},
            {label: 'col.discrimination', num: true, value: q => (q.discrimination === undefined ? '—' : number(q.discrimination))},
            {label: 'col.options', value: q => Object.entries(q.optionCounts).map(([k, n]) => `${k}:${n}`).join(' ')},
            {label: 'col.flags', value: q => q.flags.map(f => badge('flag', f, 'warn'))},
        ], items) : h('p', {class: 'muted', text: t('analysis.none')}));
}

if (session) {
    const loaders = {bank, schedule, exams: () => examList(1)};
    tabs($('tabs'), (id, first) => first && loaders[id]());
}
