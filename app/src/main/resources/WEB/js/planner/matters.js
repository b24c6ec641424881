// The random-inspection matter list (随机抽查事项清单): the list and the form of a new matter.
import {h} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {PagedTable} from '../paging.js';
import {field, form, onSubmit} from '../forms.js';
import {namer, options} from '../dictionaries.js';

export async function matters(listBox, formBox) {
    const [category, agency] = await Promise.all([namer('categories'), namer('agencies')]);
    const list = new PagedTable(listBox, {
        caption: 'planner.tab.matters',
        columns: [
            {label: 'matters.name', value: m => h('span', {}, h('strong', {text: m.name}), h('br'), h('span', {class: 'muted', text: category(m.category)}))},
            {label: 'matters.subject', value: m => agency(m.subject)},
            {label: 'matters.basis', value: m => m.legalBasis},
            {label: 'matters.scope', value: m => [m.targetScope, m.industries?.length ? `（${m.industries.join('、')}）` : ''].join('')},
            {label: 'matters.content', value: m => m.content},
            {label: 'matters.method', value: m => m.method},
            {label: 'matters.frequency', value: m => m.frequency},
        ],
        load: (page, size) => get('/api/v1/matters', {page, size}),
    });
    const {form: el, status} = form({
        id: 'new-matter',
        fields: [
            field({name: 'name', label: 'matters.name', required: true}),
            field({name: 'subject', label: 'matters.subject', required: true}),
            field({name: 'legalBasis', label: 'matters.basis', required: true}),
            field({name: 'targetScope', label: 'matters.scope', required: true}),
            field({name: 'content', label: 'matters.content', required: true}),
            field({name: 'method', label: 'matters.method', required: true}),
            field({name: 'frequency', label: 'matters.frequency', required: true}),
            field({name: 'category', label: 'matters.category', type: 'select', required: true, options: await options('categories')}),
            field({name: 'industries', label: 'matters.industries'}),
            field({name: 'agencyCode', label: 'matters.agency', type: 'select', hint: 'matters.agency.hint', options: await options('agencies', '')}),
        ],
        submit: 'matters.create',
    });
    onSubmit(el, {
        status,
        confirm: v => t('matters.confirm', {name: v.name || ''}),
        action: async v => {
            const industries = (v.industries || '').split(/[,，、]/).map(s => s.trim()).filter(Boolean);
            const created = await post('/api/v1/matters', {...v, industries, agencyCode: v.agencyCode || null});
            el.reset();
            list.reload();
            return t('matters.created', {id: created.id});
        },
    });
    formBox.replaceChildren(el);
    return list.show();
}
