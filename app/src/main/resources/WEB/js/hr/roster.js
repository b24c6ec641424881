// The search over the whole staff roster (officers with or without a credential) of HR and the judicial bureau;
// opening one leads to the officer's record on the page that asked.
import {h} from '../dom.js';
import {get} from '../api.js';
import {register, t} from '../i18n.js';
import {badge, label} from '../format.js';
import {enumOptions, field, values} from '../forms.js';
import {options} from '../dictionaries.js';
import {PagedTable} from '../paging.js';
import {EMPLOYMENT, POST} from './officer-form.js';

register({
    zh: {
        'roster.q': '姓名或身份证号码', 'roster.agency': '单位', 'roster.post': '岗位状态', 'roster.employment': '用工性质', 'roster.search': '查询',
        'roster.edit': '打开', 'roster.noCredential': '未持证',
        'roster.col.name': '姓名', 'roster.col.agency': '单位', 'roster.col.position': '职务', 'roster.col.employment': '用工性质',
        'roster.col.post': '岗位状态', 'roster.col.number': '证件编号', 'roster.col.status': '证件状态',
    },
    en: {
        'roster.q': 'Name or identity number', 'roster.agency': 'Agency', 'roster.post': 'Post status', 'roster.employment': 'Employment', 'roster.search': 'Search',
        'roster.edit': 'Open', 'roster.noCredential': 'No credential',
        'roster.col.name': 'Name', 'roster.col.agency': 'Agency', 'roster.col.position': 'Post', 'roster.col.employment': 'Employment',
        'roster.col.post': 'Post status', 'roster.col.number': 'Credential number', 'roster.col.status': 'Status',
    },
});

export async function rosterSearch(searchBox, listBox, openOfficer) {
    const all = t('common.all');
    const agencies = await options('agencies', all);
    const search = h('form', {class: 'toolbar', role: 'search'},
        field({name: 'q', label: 'roster.q', attrs: {type: 'search'}}),
        field({name: 'agency', label: 'roster.agency', type: 'select', options: agencies}),
        field({name: 'postStatus', label: 'roster.post', type: 'select', options: enumOptions('post', POST, all)}),
        field({name: 'employmentType', label: 'roster.employment', type: 'select', options: enumOptions('employment', EMPLOYMENT, all)}),
        h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('roster.search')})));
    searchBox.replaceChildren(search);
    const list = new PagedTable(listBox, {
        columns: [
            {label: 'roster.col.name', value: o => o.name},
            {label: 'roster.col.agency', value: o => o.agency?.name},
            {label: 'roster.col.position', value: o => o.position},
            {label: 'roster.col.employment', value: o => label('employment', o.employmentType)},
            {label: 'roster.col.post', value: o => label('post', o.postStatus)},
            {label: 'roster.col.number', value: o => o.credentialNumber ? h('span', {class: 'mono', text: o.credentialNumber}) : t('roster.noCredential')},
            {label: 'roster.col.status', value: o => o.credentialStatus ? badge('status', o.credentialStatus) : ''},
            {label: 'common.actions', value: o => h('button', {type: 'button', class: 'secondary', text: t('roster.edit'), onclick: () => openOfficer(o.id)})},
        ],
        load: (page, size) => get('/api/v1/officers', {...values(search), page, size}),
    });
    search.addEventListener('submit', event => {
        event.preventDefault();
        list.reload();
    });
    return list.show();
}
