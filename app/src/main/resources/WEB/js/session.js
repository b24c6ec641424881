// The signed-in user of this browser tab: the bearer token lives in sessionStorage only, so it is gone when
// the tab closes. Tokens come from the server's development issuer (embedded default), from the agency's
// OpenID Connect provider (authorization code flow with PKCE, js/oidc.js) or are pasted by an operator; see
// docs/security.md. Unsaved forms survive a sign-in again: see saveDrafts/restoreDraft.

const STORAGE_KEY = 'zhifa.session';

/** The role's own page. */
export const HOME = {
    officer: '/officer.html', hr: '/hr.html', judicial: '/judicial.html', trainer: '/trainer.html',
    planner: '/planner.html', admin: '/admin.html',
};

/** Reads the claims of a JWT (no verification: the server verifies every request). */
export function claims(token) {
    const part = token.split('.')[1];
    if (!part) throw new Error('not a JWT');
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * Keeps a token for this tab; returns the session. `extra` may carry what the server said of the person
 * (GET /api/v1/me: roles mapped to ours, agency, expiresAt) and, for a provider's sign-in, what signing out
 * needs: {provider: 'oidc', idToken, authority, clientId}.
 */
export function signIn(token, extra = {}) {
    const c = claims(token);
    const session = {token, sub: String(c.sub ?? ''), name: c.preferred_username ?? null, roles: c.groups || [],
        agency: c.agency ?? null, expiresAt: c.exp ? c.exp * 1000 : null, ...extra};
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    return session;
}

export function signOut() {
    sessionStorage.removeItem(STORAGE_KEY);
}

/**
 * Signs out of this tab and, after a provider's sign-in, of the provider too (RP-initiated logout: its
 * end_session_endpoint with id_token_hint, back to the sign-in page); otherwise goes to the portal.
 */
export async function endSession() {
    let session;
    try {
        session = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
    } catch {
        session = null;
    }
    signOut();
    if (session?.provider === 'oidc') {
        const {signOutAtProvider} = await import('./oidc.js');
        await signOutAtProvider(session);
        return;
    }
    location.href = '/index.html';
}

/** The session, or null when nobody is signed in or the token has expired. */
export function current() {
    let session;
    try {
        session = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
    } catch {
        session = null;
    }
    if (session && session.expiresAt && session.expiresAt < Date.now()) {
        signOut();
        return null;
    }
    return session;
}

export function token() {
    return current()?.token ?? null;
}

export function hasRole(role) {
    return (current()?.roles || []).includes(role);
}

/** The session when it holds the role; otherwise sends the browser to the sign-in page and returns null. */
export function requireRole(role) {
    const session = current();
    if (session && session.roles.includes(role)) return session;
    const next = location.pathname + location.search + location.hash;
    location.replace(`/signin.html?role=${encodeURIComponent(role)}&next=${encodeURIComponent(next)}`);
    return null;
}

/**
 * Where to go after signing in: the path of `next` when it stays on this origin, otherwise null. Resolved as the
 * browser would resolve it, so `/\evil.example`, `/%09/evil.example` or `//evil.example` (which browsers treat as
 * another host) are refused, whatever their spelling.
 */
export function sameOriginPath(next, origin = location.origin) {
    if (!next) return null;
    let url;
    try {
        url = new URL(next, origin);
    } catch {
        return null;
    }
    return url.origin === origin ? url.pathname + url.search + url.hash : null;
}

// --- unsaved forms across a sign-in again ---

const DRAFT_KEY = 'zhifa.drafts';

function draftKey(form) {
    return `${location.pathname}${location.search}#${form.id || form.dataset.draft || ''}`;
}

function readDrafts() {
    try {
        return JSON.parse(sessionStorage.getItem(DRAFT_KEY) || '{}');
    } catch {
        return {};
    }
}

/**
 * Keeps what was typed into the page's forms (text, choices; never files or passwords) in this tab's
 * sessionStorage, so that signing in again, which leaves the page, does not lose it.
 */
export function saveDrafts() {
    const drafts = readDrafts();
    for (const form of document.querySelectorAll('form')) {
        if (!form.id && !form.dataset.draft) continue;
        const fields = [];
        for (const el of form.elements) {
            if (!el.name || el.type === 'file' || el.type === 'password' || el.type === 'submit' || el.type === 'button') continue;
            if (el.type === 'checkbox' || el.type === 'radio') fields.push({name: el.name, value: el.value, checked: el.checked});
            else fields.push({name: el.name, value: el.value});
        }
        if (fields.some(f => f.checked || (f.checked === undefined && f.value !== ''))) {
            drafts[draftKey(form)] = {record: form.dataset.record ?? null, fields};
        }
    }
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(drafts));
}

/** Whether a draft waits for the form with this id on this page (to open that form again at once). */
export function hasDraft(formId) {
    return Object.hasOwn(readDrafts(), `${location.pathname}${location.search}#${formId}`);
}

/**
 * Puts a saved draft back into the form (once: the draft is then dropped) when it was typed into the same record's
 * form (data-record); true when there was one.
 */
export function restoreDraft(form) {
    const drafts = readDrafts();
    const key = draftKey(form);
    const draft = drafts[key];
    // an edit form holds one record: its draft goes back only into the form of the same record
    if (!draft || (draft.record ?? null) !== (form.dataset.record ?? null)) return false;
    const fields = draft.fields;
    delete drafts[key];
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(drafts));
    const elements = [...form.elements];
    for (const saved of fields) {
        const matching = elements.filter(el => el.name === saved.name);
        if (saved.checked !== undefined) {
            const el = matching.find(e => e.value === saved.value);
            if (el) el.checked = saved.checked;
        } else if (matching[0]) {
            matching[0].value = saved.value;
        }
    }
    return true;
}

/** Where signing in again leads back to: this page, its query and fragment. */
export function signInAgainHref() {
    return `/signin.html?again=1&next=${encodeURIComponent(location.pathname + location.search + location.hash)}`;
}
