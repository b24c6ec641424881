// The public roster (公示): search credential holders by name or number, agency, category and area.
import {layout} from '../layout.js';
import {h, params} from '../dom.js';
import {get} from '../api.js';
import {t} from '../i18n.js';
import {badge, names} from '../format.js';
import {options} from '../dictionaries.js';
import {field, values} from '../forms.js';
import {PagedTable} from '../paging.js';

const messages = {
    zh: {
        'roster.page': '执法人员公示',
        'roster.title': '行政执法人员公示',
        'roster.lead': '公开持证执法人员的姓名、执法机关、职务、证件编号、执法类别和执法区域，可在线查询。',
        'roster.q': '姓名或证件编号', 'roster.agency': '执法机关', 'roster.category': '执法类别', 'roster.area': '执法区域',
        'col.name': '姓名', 'col.agency': '执法机关', 'col.position': '职务', 'col.number': '证件编号',
        'col.categories': '执法类别', 'col.areas': '执法区域', 'col.status': '证件状态',
    },
    en: {
        'roster.page': 'Officer roster',
        'roster.title': 'Law-enforcement officers',
        'roster.lead': 'Name, agency, post, credential number, enforcement categories and areas of every credential holder, searchable online.',
        'roster.q': 'Name or credential number', 'roster.agency': 'Agency', 'roster.category': 'Category', 'roster.area': 'Area',
        'col.name': 'Name', 'col.agency': 'Agency', 'col.position': 'Post', 'col.number': 'Credential number',
        'col.categories': 'Categories', 'col.areas': 'Areas', 'col.status': 'Status',
    },
};

layout({active: 'roster', messages, title: 'roster.page'});

const form = document.getElementById('search');
const all = t('common.all');
const [agencies, categories, divisions] = await Promise.all([options('agencies', all), options('categories', all), options('divisions', all)]);
const start = params();
form.append(
    field({name: 'q', label: 'roster.q', value: start.get('q'), attrs: {type: 'search'}}),
    field({name: 'agency', label: 'roster.agency', type: 'select', options: agencies, value: start.get('agency')}),
    field({name: 'category', label: 'roster.category', type: 'select', options: categories, value: start.get('category')}),
    field({name: 'area', label: 'roster.area', type: 'select', options: divisions, value: start.get('area')}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('common.search')})));

const list = new PagedTable(document.getElementById('results'), {
    caption: 'roster.title',
    columns: [
        {label: 'col.name', value: o => o.name},
        {label: 'col.agency', value: o => o.agency?.name},
        {label: 'col.position', value: o => o.position},
        {label: 'col.number', value: o => h('a', {href: `/verify.html?number=${encodeURIComponent(o.number)}`, class: 'mono', text: o.number})},
        {label: 'col.categories', value: o => names(o.categories)},
        {label: 'col.areas', value: o => names(o.areas)},
        {label: 'col.status', value: o => badge('status', o.status)},
    ],
    load: (page, size) => get('/public/v1/officers', {...values(form), page, size}),
});

form.addEventListener('submit', event => {
    event.preventDefault();
    const query = new URLSearchParams(values(form));
    history.replaceState(null, '', `?${query}`);
    list.reload();
});
list.show();
