// A matter's check list (检查表) and audio-visual rules (音像记录事项清单): the current version, the editor (items
// with code, content, legal basis, method and the evidence each requires; the whole visit on video) saved as a new
// version, and the import from a CSV or xlsx file whose refused rows are listed line by line.
import {h, replace} from '../dom.js';
import {allPages, get, put} from '../api.js';
import {register, t} from '../i18n.js';
import {field, form, onSubmit} from '../forms.js';
import {instant} from '../format.js';
import {importForm} from '../upload.js';
import {failIn} from '../problem.js';
import messages from '../messages/field-desk.js';

register(messages);

export const EVIDENCE_KINDS = ['PHOTO', 'VIDEO', 'AUDIO', 'DOCUMENT'];

/** The matter chooser and, for the chosen matter, its version, editor and import. */
export async function checklists(box) {
    const matters = await allPages('/api/v1/matters');
    const chooser = field({name: 'matter', label: 'checklist.matter', type: 'select', required: true,
        options: matters.map(m => ({code: m.id, name: `${m.name}（${m.id}）`}))});
    const body = h('div', {id: 'checklist-body'});
    replace(box, h('div', {class: 'toolbar'}, chooser), body);
    chooser.querySelector('select').addEventListener('change', event =>
        open(body, matters.find(m => String(m.id) === event.target.value)));
}

async function open(body, matter) {
    body.setAttribute('aria-busy', 'true');
    try {
        const current = await get(`/api/v1/matters/${matter.id}/checklist`);
        const version = h('p', {id: 'checklist-version', 'aria-live': 'polite'});
        const editorBox = h('div');
        const showVersion = view => (version.textContent = view.version
            ? t('checklist.version', {version: view.version, by: view.updatedBy || '', at: instant(view.updatedAtMs)})
            : t('checklist.none'));
        const show = view => {
            showVersion(view);
            replace(editorBox, editor(matter, view, showVersion));
        };
        show(current);
        replace(body, version, editorBox,
            h('h3', {text: t('checklist.import')}), h('p', {class: 'muted', text: t('checklist.import.text')}),
            importForm({
                id: 'checklist-import', path: `/api/v1/matters/${matter.id}/checklist/import`,
                template: '/api/v1/matters/checklist-template', confirm: 'checklist.import.confirm',
                extraFields: [field({name: 'wholeVisitVideo', label: 'checklist.import.whole', type: 'select', options: [
                    {code: '', name: t('checklist.import.keep')}, {code: 'true', name: t('common.yes')},
                    {code: 'false', name: t('common.no')}]})],
                query: v => (v.wholeVisitVideo ? {wholeVisitVideo: v.wholeVisitVideo} : {}),
                done: view => {
                    show(view);
                    return t('checklist.imported', {version: view.version, n: view.items.length});
                },
            }));
    } catch (error) {
        failIn(body, error);
    } finally {
        body.removeAttribute('aria-busy');
    }
}

/**
 * An item's row; {@code row.fill(i, item)} (re)builds its fields under the number i, named as the API names them
 * (items[i].code …) so that the server's errors land beside them.
 */
function itemRow(renumber) {
    const row = h('li', {class: 'checklist-item card'});
    const kinds = EVIDENCE_KINDS.map(code => ({code, name: t(`evidence.${code}`)}));
    row.fill = (i, item) => replace(row,
        h('h4', {text: t('checklist.item', {n: i + 1})}),
        h('div', {class: 'fields'},
            field({name: `items[${i}].code`, label: 'checklist.code', required: true, value: item.code,
                attrs: {maxlength: 40, pattern: '[A-Za-z0-9._\\-]+'}}),
            field({name: `items[${i}].content`, label: 'checklist.content', type: 'textarea', required: true,
                value: item.content, attrs: {maxlength: 1000}}),
            field({name: `items[${i}].legalBasis`, label: 'checklist.legalBasis', type: 'textarea', required: true,
                value: item.legalBasis, attrs: {maxlength: 1000}}),
            field({name: `items[${i}].method`, label: 'checklist.method', required: true, value: item.method,
                attrs: {maxlength: 200}}),
            field({name: `items[${i}].evidenceRequired`, label: 'checklist.evidence', type: 'checks', options: kinds,
                value: item.evidenceRequired || []})),
        h('button', {type: 'button', class: 'secondary remove', text: t('checklist.remove'), onclick: () => {
            row.remove();
            renumber();
        }}));
    return row;
}

/** What a row holds now, as the API takes an item. */
function itemOf(row) {
    const value = suffix => row.querySelector(`[name$="].${suffix}"]`).value.trim();
    return {
        code: value('code'), content: value('content'), legalBasis: value('legalBasis'), method: value('method'),
        evidenceRequired: [...row.querySelectorAll('input[type=checkbox]:checked')].map(c => c.value),
    };
}

/** The element, spanning the whole width of its form's grid. */
function wide(el) {
    el.classList.add('wide');
    return el;
}

/** The editor of a check list version; {@code saved(view)} is told the version a save made. */
function editor(matter, view, saved) {
    const list = h('ol', {class: 'checklist-items wide'});
    const renumber = () => [...list.children].forEach((row, i) => row.fill(i, itemOf(row)));
    const add = item => {
        const row = itemRow(renumber);
        list.append(row);
        row.fill(list.children.length - 1, item);
    };
    const {form: el, status} = form({
        fields: [list,
            h('p', {class: 'actions wide'}, h('button', {type: 'button', class: 'secondary', id: 'checklist-add',
                text: t('checklist.add'), onclick: () => add({})})),
            wide(field({name: 'wholeVisitVideo', label: 'checklist.wholeVisitVideo', type: 'checkbox', value: view.wholeVisitVideo}))],
        submit: 'checklist.save',
    });
    el.id = 'checklist-editor';
    (view.items.length ? view.items : [{}]).forEach(add);
    onSubmit(el, {
        status,
        confirm: () => t('checklist.save.confirm', {matter: matter.name, n: list.children.length}),
        action: async () => {
            const body = {items: [...list.children].map(itemOf),
                wholeVisitVideo: el.elements.namedItem('wholeVisitVideo').checked};
            const result = await put(`/api/v1/matters/${matter.id}/checklist`, body);
            saved(result);
            return t('checklist.saved', {version: result.version, n: result.items.length});
        },
    });
    return el;
}
