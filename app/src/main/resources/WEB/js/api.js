// The HTTP client of every page: JSON in and out, the bearer token of the session, the chosen language,
// an Idempotency-Key on every write, and application/problem+json failures turned into ApiError.
import {token} from './session.js';
import {langTag} from './i18n.js';

/** A refused request: status and the server's problem (title, detail, errors[{field, code, message}]). */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail || problem?.title || `HTTP ${status}`);
        this.status = status;
        this.problem = problem || {};
    }

    get detail() {
        return this.problem.detail || this.problem.title || '';
    }

    get errors() {
        return Array.isArray(this.problem.errors) ? this.problem.errors : [];
    }
}

/** A request that never reached the server or got no answer. */
export class NetworkError extends Error {
}

function randomKey() {
    if (crypto.randomUUID) return crypto.randomUUID();
    return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
}

function url(path, query) {
    const u = new URL(path, location.origin);
    for (const [name, value] of Object.entries(query || {})) {
        if (value !== undefined && value !== null && value !== '') u.searchParams.set(name, value);
    }
    return u;
}

async function problemOf(response) {
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
        try {
            return await response.json();
        } catch {
            // fall through
        }
    }
    return {status: response.status, title: response.statusText};
}

/**
 * request('POST', '/api/v1/plans', {body: {...}}) → the parsed answer.
 * Options: query (object), body (object as JSON, or a Blob/File sent as is with contentType),
 * accept, response: 'json' (default) | 'blob' | 'text' | 'raw'.
 */
export async function request(method, path, options = {}) {
    const headers = {'Accept': options.accept || 'application/json', 'Accept-Language': langTag()};
    const bearer = options.token ?? token();
    if (bearer) headers.Authorization = `Bearer ${bearer}`;
    let body;
    if (options.body instanceof Blob) {
        body = options.body;
        headers['Content-Type'] = options.contentType || options.body.type || 'application/octet-stream';
    } else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET') headers['Idempotency-Key'] = options.idempotencyKey || randomKey();
    let response;
    try {
        response = await fetch(url(path, options.query), {method, headers, body});
    } catch (e) {
        throw new NetworkError(e.message);
    }
    if (!response.ok) throw new ApiError(response.status, await problemOf(response));
    const kind = options.response || 'json';
    if (kind === 'raw') return response;
    if (kind === 'blob') return response.blob();
    if (kind === 'text') return response.text();
    if (response.status === 204) return null;
    const text = await response.text();
    return text ? JSON.parse(text) : null;
}

export const get = (path, query, options = {}) => request('GET', path, {...options, query});
export const post = (path, body, options = {}) => request('POST', path, {...options, body});
export const put = (path, body, options = {}) => request('PUT', path, {...options, body});
export const patch = (path, body, options = {}) => request('PATCH', path, {...options, body});

/** Every item of a paged list, read 100 at a time (for pick lists and combined views). */
export async function allPages(path, query = {}) {
    const all = [];
    for (let page = 1; ; page++) {
        const p = await get(path, {...query, page, size: 100});
        all.push(...p.items);
        if (all.length >= p.total || !p.items.length) return all;
    }
}
