// Public statistics: targets drawn by risk and credit level, results by code, per quarter or year, and the
// last five years side by side.
import {layout} from '../layout.js';
import {h, replace} from '../dom.js';
import {get} from '../api.js';
import {t} from '../i18n.js';
import {label, number, period} from '../format.js';
import {namer} from '../dictionaries.js';
import {field, values} from '../forms.js';
import {barChart} from '../chart.js';
import {table} from '../table.js';
import {showError, clearMessage} from '../problem.js';
import {RISK_LEVELS, CREDIT_LEVELS} from '../plans.js';
import {thisYear} from '../business-day.js';

const messages = {
    zh: {
        'stats.page': '统计',
        'stats.title': '“双随机、一公开”抽查统计',
        'stats.lead': '按季度和年度统计抽取的检查对象及检查结果（计划检查期间开始于所选期间内）。',
        'stats.year': '年度', 'stats.quarter': '季度', 'stats.wholeYear': '全年', 'stats.q': '第 {q} 季度', 'stats.show': '查看',
        'stats.totals': '总体情况', 'stats.drawn': '抽取检查对象', 'stats.inspected': '已录入检查结果', 'stats.period': '统计期间',
        'stats.byRisk': '按风险等级的抽取数量', 'stats.byCredit': '按信用等级的抽取数量', 'stats.byResult': '检查结果分布',
        'stats.years': '近五年抽取与检查数量', 'stats.years.drawn': '抽取数量（按年度）', 'stats.years.inspected': '已检查数量（按年度）',
        'stats.unit': '',
        'stats.agencies': '联合抽查分部门统计', 'stats.agencies.lead': '联合抽查中各参加部门的抽查事项：涉及的检查次数和各事项的检查结果（仅统计已公开的结果）。',
        'col.agency': '部门', 'col.inspections': '检查次数', 'col.results': '检查结果',
    },
    en: {
        'stats.page': 'Statistics',
        'stats.title': 'Random-inspection statistics',
        'stats.lead': 'Targets drawn and results per quarter and year (plans whose inspection window starts in the period).',
        'stats.year': 'Year', 'stats.quarter': 'Quarter', 'stats.wholeYear': 'Whole year', 'stats.q': 'Q{q}', 'stats.show': 'Show',
        'stats.totals': 'In all', 'stats.drawn': 'Targets drawn', 'stats.inspected': 'Results entered', 'stats.period': 'Period',
        'stats.byRisk': 'Drawn by risk level', 'stats.byCredit': 'Drawn by credit level', 'stats.byResult': 'Results',
        'stats.years': 'The last five years', 'stats.years.drawn': 'Drawn per year', 'stats.years.inspected': 'Inspected per year',
        'stats.unit': '',
        'stats.agencies': 'Joint inspections per agency', 'stats.agencies.lead': 'Each participating agency\'s matters in joint plans: inspections covering them and their results (published results only).',
        'col.agency': 'Agency', 'col.inspections': 'Inspections', 'col.results': 'Results',
    },
};

layout({active: 'statistics', messages, title: 'stats.page'});

const currentYear = await thisYear();
const years = Array.from({length: 5}, (_, i) => currentYear - i);
const form = document.getElementById('period');
const status = document.getElementById('status');
const charts = document.getElementById('charts');
const result = await namer('result-codes');

form.append(
    field({name: 'year', label: 'stats.year', type: 'select', options: years.map(y => ({code: y, name: String(y)})), value: currentYear}),
    field({name: 'quarter', label: 'stats.quarter', type: 'select', value: '',
        options: [{code: '', name: t('stats.wholeYear')}, ...[1, 2, 3, 4].map(q => ({code: q, name: t('stats.q', {q})}))]}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('stats.show')})));

/** Sums "RISK/CREDIT" counts by one side of the key. */
function sumBy(strata, side, order) {
    const sums = Object.fromEntries(order.map(k => [k, 0]));
    for (const [key, count] of Object.entries(strata || {})) {
        const part = key.split('/')[side];
        sums[part] = (sums[part] || 0) + Number(count);
    }
    return sums;
}

function card(title, content) {
    return h('section', {class: 'card'}, h('h2', {text: t(title)}), content);
}

/** 联合抽查分部门统计: each agency's matters of joint plans, inspections and results by code. */
function agencyCard(agencies) {
    return h('section', {class: 'card', id: 'agencies'}, h('h2', {text: t('stats.agencies')}),
        h('p', {class: 'muted', text: t('stats.agencies.lead')}),
        table([
            {label: 'col.agency', value: a => a.agencyName || a.agencyCode},
            {label: 'col.inspections', num: true, value: a => number(a.inspections)},
            {label: 'col.results', value: a => Object.entries(a.results || {})
                .map(([k, v]) => `${k === 'PENDING' ? label('result', k) : result(k)} ${number(v)}`).join('；')},
        ], agencies, {caption: 'stats.agencies', rowAttrs: a => ({'data-agency': a.agencyCode})}));
}

async function show() {
    clearMessage(status);
    const {year, quarter} = values(form);
    try {
        const s = await get('/public/v1/statistics', {year, quarter});
        const risk = sumBy(s.drawnByStratum, 0, RISK_LEVELS);
        const credit = sumBy(s.drawnByStratum, 1, CREDIT_LEVELS);
        replace(charts,
            card('stats.totals', h('dl', {class: 'facts', id: 'totals'},
                h('dt', {text: t('stats.period')}), h('dd', {}, period(s.from, s.to)),
                h('dt', {text: t('stats.drawn')}), h('dd', {text: number(s.drawn)}),
                h('dt', {text: t('stats.inspected')}), h('dd', {text: number(s.inspected)}))),
            card('stats.byRisk', barChart(Object.entries(risk).map(([k, v]) => ({label: label('risk', k), value: v})), {title: 'stats.byRisk'})),
            card('stats.byCredit', barChart(Object.entries(credit).map(([k, v]) => ({label: label('credit', k), value: v})), {title: 'stats.byCredit', alt: true})),
            card('stats.byResult', barChart(Object.entries(s.results || {}).map(([k, v]) => ({label: k === 'PENDING' ? label('result', k) : result(k), value: v})), {title: 'stats.byResult'})),
            (s.agencies || []).length ? agencyCard(s.agencies) : null);
    } catch (error) {
        replace(charts);
        showError(status, error);
    }
}

async function showYears() {
    try {
        const all = await Promise.all(years.slice().reverse().map(y => get('/public/v1/statistics', {year: y}).then(s => ({y, s}))));
        replace(document.getElementById('years'), h('div', {class: 'grid wide'},
            barChart(all.map(({y, s}) => ({label: String(y), value: s.drawn})), {title: 'stats.years.drawn'}),
            barChart(all.map(({y, s}) => ({label: String(y), value: s.inspected})), {title: 'stats.years.inspected', alt: true})));
    } catch (error) {
        showError(status, error);
    }
}

form.addEventListener('submit', event => {
    event.preventDefault();
    show();
});
show();
showYears();
