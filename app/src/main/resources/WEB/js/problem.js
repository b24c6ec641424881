// Showing the outcome of a request in words: the server's problem detail and every errors[].message.
import {h, replace} from './dom.js';
import {has, t} from './i18n.js';
import {ApiError, NetworkError} from './api.js';
import {saveDrafts, signInAgainHref} from './session.js';

const ROW = /^(lines?|rows?)?(?:\[(\d+)\]|:(\d+))[.:]?(\w*)(?:\[\d+\])?$/;

/** The row (file line) or entry (1 for a request's first, "[0]") an error is about; Infinity for none. */
function rowOf(match) {
    if (!match) return Infinity;
    return match[1] || match[3] ? Number(match[2] ?? match[3]) : Number(match[2]) + 1;
}

/**
 * "lines[3].idNumber", "line:3:hours", "rows[3].creditCode", "lines[3].evidenceRequired[0]" (a list in a cell) →
 * "第 3 行（身份证号码）：" before the message; "[0].idNumber"
 * (a request's first entry) → "第 1 条（身份证号码）：". Columns are named as the templates head them.
 */
function located(error) {
    const match = ROW.exec(error.field || '');
    const message = error.message || error.code;
    if (!match) return message;
    const entry = !match[1] && match[2] !== undefined;
    const column = match[4] && has(`column.${match[4]}`) ? t(`column.${match[4]}`) : match[4];
    const key = (entry ? 'error.entry' : 'error.row') + (column ? 'Column' : '');
    return t(key, {row: rowOf(match), column}) + message;
}

/**
 * {title, lines} for any failure: the server's detail (or, for the two generic problem types whose detail
 * only points at errors[], the page's own words), then every errors[].message with its row where it has one.
 */
export function describe(error) {
    if (error instanceof ApiError) {
        const code = (error.problem.type || '').split(':').pop();
        const row = e => rowOf(ROW.exec(e.field || ''));
        const lines = [...error.errors].sort((a, b) => (row(a) - row(b)) || 0).map(located).filter(Boolean);
        const title = (lines.length && has(`problem.${code}`) ? t(`problem.${code}`) : error.detail) || t(`http.${error.status}`);
        const id = error.problem.errorId ? [t('error.id', {id: error.problem.errorId})] : [];
        return {title, lines: [...lines.filter(line => line !== title), ...id], status: error.status};
    }
    if (error instanceof NetworkError) return {title: t('error.network'), lines: []};
    return {title: error?.message || t('error.unexpected'), lines: []};
}

/** Shows a failure in a region (role=alert); 401 keeps the page's forms and adds a link to sign in again. */
export function showError(region, error) {
    const {title, lines, status} = describe(error);
    region.className = 'alert bad';
    region.setAttribute('role', 'alert');
    replace(region, h('strong', {text: title}),
        lines.length ? h('ul', {}, lines.map(line => h('li', {text: line}))) : null,
        status === 401 ? h('a', {href: signInAgainHref(), id: 'sign-in-again', text: t('signin.again')}) : null);
    // what was typed stays: the sign-in again leaves the page and comes back to it (session.restoreDraft)
    if (status === 401) saveDrafts();
}

export function showSuccess(region, message) {
    region.className = 'alert ok';
    region.setAttribute('role', 'status');
    replace(region, message);
}

export function showInfo(region, message) {
    region.className = 'alert info';
    region.setAttribute('role', 'status');
    replace(region, message);
}

export function clearMessage(region) {
    region.className = 'alert';
    region.replaceChildren();
}

/** Replaces a container's content with the failure. */
export function failIn(container, error) {
    const region = h('div');
    replace(container, region);
    showError(region, error);
}
