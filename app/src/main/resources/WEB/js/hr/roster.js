// HR's search over the whole staff roster (officers with or without a credential); opening one leads to the
// officer's record.
import {h} from '../dom.js';
import {get} from '../api.js';
import {t} from '../i18n.js';
import {badge, label} from '../format.js';
import {enumOptions, field, values} from '../forms.js';
import {options} from '../dictionaries.js';
import {PagedTable} from '../paging.js';
import {EMPLOYMENT, POST} from './officer-form.js';

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
            {label: 'col.name', value: o => o.name},
            {label: 'col.agency', value: o => o.agency?.name},
            {label: 'col.position', value: o => o.position},
            {label: 'col.employment', value: o => label('employment', o.employmentType)},
            {label: 'col.post', value: o => label('post', o.postStatus)},
            {label: 'col.number', value: o => o.credentialNumber ? h('span', {class: 'mono', text: o.credentialNumber}) : t('roster.noCredential')},
            {label: 'col.status', value: o => o.credentialStatus ? badge('status', o.credentialStatus) : ''},
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
