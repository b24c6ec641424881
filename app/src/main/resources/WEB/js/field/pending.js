// Findings typed at the door are kept in this browser (localStorage) until the server has them: a phone without
// signal loses nothing, the page lists what is still to be sent, and it is sent when the network comes back.
import {put, NetworkError} from '../api.js';

const key = id => `zhifa.field.findings.${id}`;

/**
 * The unsent findings of an inspection: {item: {outcome, note}}; on a joint record keyed matterId/item, each with its
 * matterId and item.
 */
export function pendingFindings(id) {
    try {
        return JSON.parse(localStorage.getItem(key(id)) || '{}');
    } catch {
        return {};
    }
}

function store(id, pending) {
    if (Object.keys(pending).length) localStorage.setItem(key(id), JSON.stringify(pending));
    else localStorage.removeItem(key(id));
}

/** Keeps a finding to be sent (replacing an unsent one of the same item). */
export function keepFinding(id, item, finding) {
    store(id, {...pendingFindings(id), [item]: finding});
}

/**
 * Sends every unsent finding in one PUT; those sent leave the store (a change typed meanwhile stays).
 * Returns true when sent, false when the network is down; a refusal by the server is thrown (ApiError).
 */
export async function sendFindings(id) {
    const pending = pendingFindings(id);
    const items = Object.keys(pending);
    if (!items.length) return true;
    try {
        await put(`/api/v1/inspections/${id}/findings`, {findings: items.map(item => ({item, ...pending[item]}))});
    } catch (error) {
        if (error instanceof NetworkError) return false;
        throw error;
    }
    const now = pendingFindings(id);
    for (const item of items) {
        if (JSON.stringify(now[item]) === JSON.stringify(pending[item])) delete now[item];
    }
    store(id, now);
    return true;
}
