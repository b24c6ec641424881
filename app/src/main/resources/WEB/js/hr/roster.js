// HR's roster search over credential holders; opening one leads to the officer's record.
import {h} from '../dom.js';
import {get} from '../api.js';
import {t} from '../i18n.js';
import {badge} from '../format.js';
import {field, values} from '../forms.js';
import {options} from '../dictionaries.js';
import {PagedTable} from '../paging.js';
import {showError} from '../problem.js';

export async function rosterSearch(searchBox, listBox, openOfficer) {
    const all = t('common.all');
    const [agencies, categories, divisions] = await Promise.all([options('agencies', all), options('categories', all), options('divisions', all)]);
    const search = h('form', {class: 'toolbar', role: 'search'},
        field({name: 'q', label: 'roster.q', attrs: {type: 'search'}}),
        field({name: 'agency', label: 'roster.agency', type: 'select', options: agencies}),
        field({name: 'category', label: 'roster.category', type: 'select', options: categories}),
        field({name: 'area', label: 'roster.area', type: 'select', options: divisions}),
        h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('roster.search')})));
    searchBox.replaceChildren(search);
    const status = h('div');
    listBox.before(status);
    const open = async number => {
        try {
            const credential = await get(`/api/v1/credentials/${encodeURIComponent(number)}`);
            openOfficer(credential.officerId);
        } catch (error) {
            showError(status, error);
        }
    };
    const list = new PagedTable(listBox, {
        columns: [
            {label: 'col.name', value: o => o.name},
            {label: 'col.agency', value: o => o.agency?.name},
            {label: 'col.position', value: o => o.position},
            {label: 'col.number', value: o => h('span', {class: 'mono', text: o.number})},
            {label: 'col.status', value: o => badge('status', o.status)},
            {label: 'common.actions', value: o => h('button', {type: 'button', class: 'secondary', text: t('roster.edit'), onclick: () => open(o.number)})},
        ],
        load: (page, size) => get('/public/v1/officers', {...values(search), page, size}),
    });
    search.addEventListener('submit', event => {
        event.preventDefault();
        list.reload();
    });
    return list.show();
}
