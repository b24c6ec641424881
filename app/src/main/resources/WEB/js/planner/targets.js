// The target directory (检查对象名录库): search, import, and conflicts of interest (回避).
import {h} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {PagedTable} from '../paging.js';
import {enumOptions, field, form, onSubmit, values} from '../forms.js';
import {namer, options} from '../dictionaries.js';
import {badge, label} from '../format.js';
import {importForm} from '../upload.js';
import {RISK_LEVELS} from '../plans.js';

export async function targets({searchBox, listBox, importBox, conflictBox}) {
    const division = await namer('divisions');
    const search = h('form', {class: 'toolbar', role: 'search'},
        field({name: 'q', label: 'targets.q', attrs: {type: 'search'}}),
        field({name: 'area', label: 'targets.area', type: 'select', options: await options('divisions', t('common.all'))}),
        field({name: 'riskLevel', label: 'targets.risk', type: 'select', options: enumOptions('risk', RISK_LEVELS, t('common.all'))}),
        h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('targets.search')})));
    searchBox.replaceChildren(search);
    const list = new PagedTable(listBox, {
        caption: 'planner.tab.targets',
        columns: [
            {label: 'col.creditCode', value: x => h('span', {class: 'mono', text: x.creditCode})},
            {label: 'col.target', value: x => x.name},
            {label: 'col.industry', value: x => x.industry},
            {label: 'col.area', value: x => division(x.areaCode)},
            {label: 'col.risk', value: x => badge('risk', x.riskLevel)},
            {label: 'col.credit', value: x => label('credit', x.creditLevel)},
            {label: 'col.address', value: x => x.address},
        ],
        load: (page, size) => get('/api/v1/targets', {...values(search), page, size}),
    });
    search.addEventListener('submit', event => {
        event.preventDefault();
        list.reload();
    });

    importBox.replaceChildren(importForm({
        id: 'targets-import', path: '/api/v1/targets/import', template: '/api/v1/targets/import/template',
        confirm: 'targets.import.confirm',
        done: r => {
            list.reload();
            return t('targets.imported', r);
        },
    }));

    const {form: conflict, status} = form({
        id: 'conflict',
        fields: [
            field({name: 'creditCode', label: 'targets.conflict.code', required: true}),
            field({name: 'officerId', label: 'targets.conflict.officer', type: 'number', required: true}),
            field({name: 'reason', label: 'targets.conflict.reason', type: 'textarea', required: true}),
        ],
        submit: 'targets.conflict.save',
    });
    onSubmit(conflict, {
        status,
        confirm: () => t('targets.conflict.confirm'),
        action: async v => {
            await post(`/api/v1/targets/${encodeURIComponent(v.creditCode || '')}/conflicts`, {officerId: v.officerId, reason: v.reason});
            return t('targets.conflict.saved');
        },
    });
    conflictBox.replaceChildren(conflict);
    return list.show();
}
