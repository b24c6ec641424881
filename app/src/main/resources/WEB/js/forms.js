// Forms: fields with labels and error slots, reading values, confirming an action, and showing the
// server's answer (problem detail, every errors[].message, and the fields it names).
import {h} from './dom.js';
import {t} from './i18n.js';
import {ApiError} from './api.js';
import {clearMessage, showError, showSuccess} from './problem.js';
import {restoreDraft} from './session.js';

let counter = 0;

/**
 * A labelled field. spec: {name, label (i18n key), type: text|number|date|select|textarea|checkbox|checks|file,
 * options: [{code, name}] (select, checks), required, hint (i18n key), value, attrs}. Several choices are
 * checks (checkboxes), never a multiple select: that one needs Ctrl-click and drops a choice at a plain click.
 */
export function field(spec) {
    const id = `f-${spec.name.replace(/\W/g, '-')}-${++counter}`;
    const hint = spec.hint ? h('span', {class: 'hint', id: `${id}-hint`, text: t(spec.hint)}) : null;
    const error = h('span', {class: 'error', id: `${id}-error`});
    const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
    const common = {id, name: spec.name, required: spec.required, 'aria-describedby': describedBy, ...(spec.attrs || {})};
    if (spec.type === 'checks') {
        return h('fieldset', {class: 'field checks-group', id, 'aria-describedby': describedBy, dataset: spec.required ? {required: 'true'} : {}},
            h('legend', {text: t(spec.label)}, spec.required ? h('span', {class: 'muted', text: ` (${t('common.required')})`}) : null),
            h('div', {class: 'checks'}, spec.options.map((o, i) => h('label', {},
                h('input', {type: 'checkbox', name: spec.name, value: o.code, id: `${id}-${i}`, checked: (spec.value || []).includes(o.code)}),
                o.name))), hint, error);
    }
    if (spec.type === 'checkbox') {
        return h('div', {class: 'field'}, h('label', {},
            h('input', {...common, type: 'checkbox', checked: !!spec.value}), ' ', t(spec.label)), hint, error);
    }
    let control;
    if (spec.type === 'select') {
        // A required choice without a value has no default: the first option would be chosen unseen (a finding,
        // a revocation reason), so an empty placeholder stands first and the browser refuses it on submit.
        const choose = spec.required && !common.multiple && (spec.value ?? '') === ''
            ? [h('option', {value: '', selected: true, disabled: true, text: t('common.choose')})] : [];
        control = h('select', common, ...choose, spec.options.map(o => h('option', {value: o.code, selected: String(spec.value ?? '') === String(o.code), text: o.name})));
    } else if (spec.type === 'textarea') {
        control = h('textarea', common, spec.value ?? '');
    } else {
        control = h('input', {...common, type: spec.type || 'text', value: spec.value ?? null});
    }
    const required = spec.required ? h('span', {class: 'muted', text: ` (${t('common.required')})`}) : null;
    return h('div', {class: 'field'}, h('label', {for: id}, t(spec.label), required), control, hint, error);
}

/** Options from an enumeration: codes with their words under an i18n group, e.g. enumOptions('risk', [...]). */
export function enumOptions(group, codes, emptyLabel) {
    return [...(emptyLabel !== undefined ? [{code: '', name: emptyLabel}] : []),
        ...codes.map(code => ({code, name: t(`${group}.${code}`)}))];
}

/**
 * The values of a form: numbers for type=number, booleans for single checkboxes, arrays for checkbox groups
 * and multiple selects, files for file inputs; empty text is left out.
 */
export function values(form) {
    const out = {};
    const groups = new Set();
    for (const el of form.elements) {
        if (!el.name || el.disabled) continue;
        if (el.type === 'checkbox') {
            const same = form.querySelectorAll(`input[type=checkbox][name="${CSS.escape(el.name)}"]`);
            if (same.length > 1 || el.closest('fieldset.checks-group')) {
                if (!groups.has(el.name)) out[el.name] = [];
                groups.add(el.name);
                if (el.checked) out[el.name].push(el.value);
            } else {
                out[el.name] = el.checked;
            }
        } else if (el.type === 'file') {
            if (el.files[0]) out[el.name] = el.files[0];
        } else if (el.type === 'number') {
            if (el.value !== '') out[el.name] = Number(el.value);
        } else if (el.multiple) {
            out[el.name] = [...el.selectedOptions].map(o => o.value);
        } else if (el.value.trim() !== '') {
            out[el.name] = el.value.trim();
        }
    }
    return out;
}

let dialog;

/** A modal confirmation; resolves true only when the person presses the confirm button. */
export function confirmAction({title = t('confirm.title'), message, confirmLabel = t('common.confirm'), danger = false}) {
    dialog?.remove();
    const ok = h('button', {type: 'button', id: 'confirm-ok', class: danger ? 'danger' : null, text: confirmLabel});
    const cancel = h('button', {type: 'button', id: 'confirm-cancel', class: 'secondary', text: t('common.cancel')});
    dialog = h('dialog', {'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-message'},
        h('div', {class: 'dialog-body'}, h('h2', {id: 'confirm-title', text: title}),
            h('div', {id: 'confirm-message'}, message)),
        h('div', {class: 'actions'}, cancel, ok));
    document.body.append(dialog);
    return new Promise(resolve => {
        const close = answer => {
            dialog.close();
            resolve(answer);
        };
        ok.addEventListener('click', () => close(true));
        cancel.addEventListener('click', () => close(false));
        dialog.addEventListener('cancel', () => resolve(false));
        dialog.showModal();
        (danger ? cancel : ok).focus();
    });
}

function clearFieldErrors(form) {
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of form.querySelectorAll('.field .error')) el.textContent = '';
}

/** Marks the fields the server named in errors[] (by exact name); returns the errors left unplaced. */
export function markFieldErrors(form, error) {
    if (!(error instanceof ApiError)) return;
    for (const e of error.errors) {
        const el = e.field && form.elements.namedItem(e.field);
        const input = el instanceof RadioNodeList ? el[0] : el;
        if (!input) continue;
        input.setAttribute('aria-invalid', 'true');
        const slot = input.closest('.field')?.querySelector('.error');
        if (slot) slot.textContent = [slot.textContent, e.message || e.code].filter(Boolean).join('；');
    }
}

/**
 * Checks the fields' own rules (required, min, max, pattern...) before anything is confirmed or sent: marks
 * each field that breaks one with its reason, says how many in `status`, focuses the first; true when all hold.
 * Forms are novalidate so that these words appear in the page's language beside the field, not in a bubble.
 */
function validateFields(form, status) {
    const invalid = [...form.elements].filter(el => el.name && !el.disabled && el.willValidate && !el.checkValidity());
    // a required group of checkboxes needs one ticked
    const groups = [...form.querySelectorAll('fieldset.checks-group[data-required]')].filter(g => !g.querySelector('input:checked'));
    for (const el of [...invalid, ...groups]) {
        el.setAttribute('aria-invalid', 'true');
        const slot = el.closest('.field')?.querySelector(':scope > .error');
        if (slot && !slot.textContent) slot.textContent = groups.includes(el) || el.validity.valueMissing ? t('form.missing') : el.validationMessage;
    }
    invalid.push(...groups.map(g => g.querySelector('input')).filter(Boolean));
    if (invalid.length === 0) return true;
    showError(status, new Error(t('form.invalid', {count: new Set(invalid.map(el => el.name)).size})));
    invalid.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    invalid[0].focus();
    return false;
}

/**
 * Wires a form: on submit, check the fields' own rules, collect values, ask for confirmation (confirm(values) →
 * message or null), run action(values), then show its success words or the server's problem in `status` and
 * at the fields. Nothing is confirmed that the form itself can tell is incomplete.
 */
export function onSubmit(form, {action, confirm, status, danger = false}) {
    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearFieldErrors(form);
        clearMessage(status);
        if (!validateFields(form, status)) return;
        const v = values(form);
        const message = confirm ? confirm(v) : null;
        if (message && !(await confirmAction({message, danger}))) return;
        const buttons = [...form.querySelectorAll('button')];
        buttons.forEach(b => (b.disabled = true));
        form.setAttribute('aria-busy', 'true');
        try {
            const done = await action(v);
            if (done !== false) showSuccess(status, done || t('common.done'));
        } catch (error) {
            showError(status, error);
            markFieldErrors(form, error);
        } finally {
            buttons.forEach(b => (b.disabled = false));
            form.removeAttribute('aria-busy');
        }
    });
}

/**
 * A form element with fields, a submit button and a status region under it. A form with an id gets back what
 * was typed into it before a sign-in again (session.saveDrafts), and says so; an edit form names its `record`, so
 * that the draft of one record never fills in another's.
 */
export function form({fields, submit, id, record, className = 'stack'}) {
    const status = h('div', {class: 'alert', 'aria-live': 'polite'});
    const el = h('form', {class: className, id, novalidate: true, dataset: record != null ? {record: String(record)} : {}},
        h('div', {class: 'fields'}, fields), h('div', {class: 'actions'}, h('button', {type: 'submit', text: t(submit)})), status);
    if (id && restoreDraft(el)) showSuccess(status, t('form.restored'));
    return {form: el, status};
}

/** Runs an action from a button, with confirmation and the answer shown in status. */
export async function act(status, {message, danger = false, action}) {
    clearMessage(status);
    if (message && !(await confirmAction({message, danger}))) return undefined;
    try {
        const result = await action();
        return result;
    } catch (error) {
        showError(status, error);
        return undefined;
    }
}


/** A one-field search form (e.g. an officer id or a credential number) that calls lookup(value). */
export function lookupForm({name, label, button, type = 'text', value, lookup, id}) {
    const el = h('form', {class: 'toolbar', role: 'search', id},
        field({name, label, type, value, required: true}),
        h('div', {class: 'actions'}, h('button', {type: 'submit', text: t(button)})));
    el.addEventListener('submit', event => {
        event.preventDefault();
        const v = values(el)[name];
        if (v !== undefined) lookup(v);
    });
    return el;
}
