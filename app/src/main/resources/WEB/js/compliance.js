// The training compliance report (培训达标情况) that HR, the judicial bureau and trainers share: every
// officer's legal hours and duties for a year, furthest behind first, with CSV and xlsx downloads.
import {h} from './dom.js';
import {get, request} from './api.js';
import {register, t} from './i18n.js';
import {badge, number} from './format.js';
import {PagedTable} from './paging.js';
import {field, values} from './forms.js';
import {options} from './dictionaries.js';
import {failIn} from './problem.js';
import {thisYear} from './business-day.js';

register({
    zh: {
        'compliance.year': '年度', 'compliance.agency': '单位（含下属单位）', 'compliance.show': '查询',
        'compliance.csv': '下载 CSV', 'compliance.xlsx': '下载 Excel',
        'compliance.frame': '要求 {required} 学时；截至 {asOf} 按进度应达到 {expected} 学时。',
        'col.officerId': '编号', 'col.name': '姓名', 'col.agency': '单位', 'col.legalHours': '法律知识学时',
        'col.updates': '更新培训（次）', 'col.otherHours': '其他学时', 'col.duty': '完成情况', 'col.missing': '尚缺',
    },
    en: {
        'compliance.year': 'Year', 'compliance.agency': 'Agency (with its sub-agencies)', 'compliance.show': 'Show',
        'compliance.csv': 'Download CSV', 'compliance.xlsx': 'Download Excel',
        'compliance.frame': '{required} hours required; by {asOf} {expected} hours are expected.',
        'col.officerId': 'Id', 'col.name': 'Name', 'col.agency': 'Agency', 'col.legalHours': 'Legal hours',
        'col.updates': 'Update trainings', 'col.otherHours': 'Other hours', 'col.duty': 'Status', 'col.missing': 'Missing',
    },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function download(query, accept, extension, status) {
    try {
        const blob = await request('GET', '/api/v1/training/compliance', {query, accept, response: 'blob'});
        h('a', {href: URL.createObjectURL(blob), download: `training-compliance-${query.year}.${extension}`}).click();
    } catch (error) {
        failIn(status, error);
    }
}

export async function complianceReport(container) {
    const year = await thisYear();
    const filter = h('form', {class: 'toolbar'},
        field({name: 'year', label: 'compliance.year', type: 'select', value: year,
            options: Array.from({length: 6}, (_, i) => ({code: year - i, name: String(year - i)}))}),
        field({name: 'agency', label: 'compliance.agency', type: 'select', options: await options('agencies', t('common.all'))}),
        h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('compliance.show')})));
    const frame = h('p', {class: 'muted'});
    const status = h('div');
    const listBox = h('div');
    const downloads = h('div', {class: 'actions no-print'},
        h('button', {type: 'button', class: 'secondary', text: t('compliance.csv'), onclick: () => download(values(filter), 'text/csv', 'csv', status)}),
        h('button', {type: 'button', class: 'secondary', text: t('compliance.xlsx'), onclick: () => download(values(filter), XLSX, 'xlsx', status)}));
    const list = new PagedTable(listBox, {
        columns: [
            {label: 'col.officerId', value: i => String(i.officerId)},
            {label: 'col.name', value: i => i.name},
            {label: 'col.agency', value: i => i.agencyName},
            {label: 'col.legalHours', num: true, value: i => number(i.legalHours, 1)},
            {label: 'col.updates', num: true, value: i => String(i.updateTrainings)},
            {label: 'col.otherHours', num: true, value: i => number(i.otherHours, 1)},
            {label: 'col.duty', value: i => badge('duty', i.status)},
            {label: 'col.missing', value: i => i.missing.map(m => m.message).join('；')},
        ],
        load: async (page, size) => {
            const report = await get('/api/v1/training/compliance', {...values(filter), page, size});
            frame.textContent = t('compliance.frame', {required: number(report.requiredHours, 1), asOf: report.asOf, expected: number(report.expectedHours, 1)});
            return report;
        },
    });
    filter.addEventListener('submit', event => {
        event.preventDefault();
        list.reload();
    });
    container.replaceChildren(filter, downloads, status, frame, listBox);
    return list.show();
}
