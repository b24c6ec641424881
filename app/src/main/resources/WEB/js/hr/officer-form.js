// Recording a new officer (POST) or changing one (PATCH with the version read, so that two people's changes
// never silently overwrite each other).
import {h, replace} from '../dom.js';
import {get, patch, post} from '../api.js';
import {t} from '../i18n.js';
import {enumOptions, field, form, lookupForm, onSubmit} from '../forms.js';
import {areas, entries} from '../dictionaries.js';
import {officerFacts} from '../officer-view.js';
import {failIn, showSuccess} from '../problem.js';
import {hasDraft} from '../session.js';

export const EMPLOYMENT = ['REGULAR', 'CONTRACT', 'TEMPORARY', 'SERVICE', 'BORROWED', 'PROBATION', 'ASSISTANT'];
export const POST = ['ON_POST', 'OFF_POST', 'RETIRED', 'DEPARTED'];

async function officerFields(o) {
    const [agencies, categories, divisions] = await Promise.all([entries('agencies'), entries('categories'), areas()]);
    const codes = list => (list || []).map(x => x.code);
    // an area recorded before (even one no longer offered) stays a choice, so that saving never drops it unseen
    const areaChoices = [...divisions, ...(o?.areas || []).filter(a => !divisions.some(d => d.code === a.code))];
    return [
        field({name: 'agencyCode', label: 'f.agency', type: 'select', options: agencies, value: o?.agency?.code, required: true}),
        field({name: 'position', label: 'f.position', value: o?.position, required: true}),
        field({name: 'employmentType', label: 'f.employment', type: 'select', options: enumOptions('employment', EMPLOYMENT), value: o?.employmentType, required: true}),
        field({name: 'postStatus', label: 'f.post', type: 'select', options: enumOptions('post', POST), value: o?.postStatus, required: true}),
        field({name: 'categories', label: 'f.categories', type: 'checks', options: categories, value: codes(o?.categories)}),
        field({name: 'areas', label: 'f.areas', type: 'checks', hint: 'f.areas.hint', options: areaChoices, value: codes(o?.areas)}),
        field({name: 'legalQualification', label: 'f.legalQualification', type: 'checkbox', value: o?.legalQualification}),
        field({name: 'legalReviewer', label: 'f.legalReviewer', type: 'checkbox', value: o?.legalReviewer}),
    ];
}

export class OfficerEditor {
    constructor(searchBox, container) {
        this.container = container;
        this.search = lookupForm({name: 'id', label: 'officer.id', button: 'officer.open', type: 'number', id: 'hr-officer-lookup', lookup: id => this.open(id)});
        searchBox.replaceChildren(this.search,
            h('p', {}, h('button', {type: 'button', class: 'secondary', id: 'new-officer', text: t('officer.new'), onclick: () => this.blank()})));
        // a new officer typed in before a sign-in again: open the form with it
        if (hasDraft('create-officer')) this.blank();
    }

    async open(id, message) {
        this.search.elements.id.value = id;
        try {
            const o = await get(`/api/v1/officers/${id}`);
            const {form: el, status} = form({id: 'edit-officer', record: o.id, fields: await officerFields(o), submit: 'edit.save'});
            onSubmit(el, {
                status,
                confirm: () => t('edit.confirm', {name: o.name}),
                action: async v => {
                    await patch(`/api/v1/officers/${o.id}`, {...v, version: o.version, categories: v.categories || [], areas: v.areas || []});
                    await this.open(o.id, t('edit.saved'));
                    return false;
                },
            });
            const notice = h('div', {class: 'alert', 'aria-live': 'polite'});
            replace(this.container, notice, officerFacts(o), h('h3', {text: t('edit.title')}),
                h('p', {class: 'muted', text: t('edit.version', {version: o.version})}), el);
            if (message) showSuccess(notice, message);
        } catch (error) {
            failIn(this.container, error);
        }
    }

    async blank() {
        const fields = [field({name: 'name', label: 'f.name', required: true}),
            field({name: 'idNumber', label: 'f.idNumber', required: true, attrs: {maxlength: 18, autocomplete: 'off'}}),
            ...(await officerFields(null))];
        const {form: el, status} = form({id: 'create-officer', fields, submit: 'new.save'});
        onSubmit(el, {
            status,
            confirm: v => t('new.confirm', {name: v.name || ''}),
            action: async v => {
                const created = await post('/api/v1/officers', {...v, categories: v.categories || [], areas: v.areas || []});
                await this.open(created.id, t('new.saved', {id: created.id}));
                return false;
            },
        });
        replace(this.container, h('h3', {text: t('new.title')}), el);
    }
}
