// File imports (roster, attendance, target directory): choose a CSV or xlsx file, confirm, send it as is,
// then show the counts, or every refused row as the server words it.
import {h} from './dom.js';
import {t} from './i18n.js';
import {request} from './api.js';
import {field, form, onSubmit} from './forms.js';
import {showError} from './problem.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function contentType(file) {
    return /\.xlsx$/i.test(file.name) || file.type === XLSX ? XLSX : 'text/csv';
}

/** A button that downloads the import's template (the CSV with its Chinese header) with the session's token. */
function templateButton(path, fileName, status) {
    return h('button', {type: 'button', class: 'secondary template', text: t('common.template'), onclick: async () => {
        try {
            const csv = await request('GET', path, {accept: 'text/csv', response: 'blob'});
            h('a', {href: URL.createObjectURL(csv), download: fileName}).click();
        } catch (error) {
            showError(status, error);
        }
    }});
}

/**
 * An import form. spec: {path, query(values) → object, extraFields: [], confirm: i18n key with {file},
 * done(result) → words, id, template: the template's path (optional)}
 */
export function importForm(spec) {
    const {form: el, status} = form({
        id: spec.id,
        fields: [field({name: 'file', label: 'common.file', type: 'file', required: true, attrs: {accept: '.csv,.xlsx,text/csv'}}), ...(spec.extraFields || [])],
        submit: 'common.upload',
    });
    onSubmit(el, {
        status,
        confirm: v => (v.file ? t(spec.confirm, {file: v.file.name}) : null),
        action: async v => {
            if (!v.file) throw new Error(t('common.file'));
            const result = await request('POST', spec.path, {
                body: v.file, contentType: contentType(v.file), query: spec.query ? spec.query(v) : undefined,
            });
            return spec.done(result);
        },
    });
    return h('div', {}, spec.template
        ? h('p', {class: 'actions'}, templateButton(spec.template, `${spec.id}-template.csv`, status)) : null, el);
}
