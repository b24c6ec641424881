// Showing the outcome of a request in words: the server's problem detail and every errors[].message.
import {h, replace} from './dom.js';
import {has, t} from './i18n.js';
import {ApiError, NetworkError} from './api.js';

const ROW = /^(?:lines?|rows?)?(?:\[(\d+)\]|:(\d+))[.:]?(\w*)$/;

/** "lines[3].idNumber", "line:3:hours", "rows[3].creditCode" → "第 3 行（idNumber）：" before the message. */
function located(error) {
    const match = ROW.exec(error.field || '');
    const message = error.message || error.code;
    if (!match) return message;
    const row = match[1] ?? match[2];
    return t(match[3] ? 'error.rowColumn' : 'error.row', {row, column: match[3]}) + message;
}

/**
 * {title, lines} for any failure: the server's detail (or, for the two generic problem types whose detail
 * only points at errors[], the page's own words), then every errors[].message with its row where it has one.
 */
export function describe(error) {
    if (error instanceof ApiError) {
        const code = (error.problem.type || '').split(':').pop();
        const row = e => Number(ROW.exec(e.field || '')?.slice(1, 3).find(Boolean) ?? Infinity);
        const lines = [...error.errors].sort((a, b) => (row(a) - row(b)) || 0).map(located).filter(Boolean);
        const title = (lines.length && has(`problem.${code}`) ? t(`problem.${code}`) : error.detail) || t(`http.${error.status}`);
        const id = error.problem.errorId ? [t('error.id', {id: error.problem.errorId})] : [];
        return {title, lines: [...lines.filter(line => line !== title), ...id], status: error.status};
    }
    if (error instanceof NetworkError) return {title: t('error.network'), lines: []};
    return {title: error?.message || t('error.unexpected'), lines: []};
}

/** Shows a failure in a region (role=alert); 401 adds a link to sign in again. */
export function showError(region, error) {
    const {title, lines, status} = describe(error);
    region.className = 'alert bad';
    region.setAttribute('role', 'alert');
    replace(region, h('strong', {text: title}),
        lines.length ? h('ul', {}, lines.map(line => h('li', {text: line}))) : null,
        status === 401 ? h('a', {href: `/signin.html?next=${encodeURIComponent(location.pathname)}`, text: t('signin.again')}) : null);
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
