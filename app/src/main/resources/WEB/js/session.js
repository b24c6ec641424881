// The signed-in user of this browser tab: the bearer token lives in sessionStorage only, so it is gone when
// the tab closes. Tokens come from the server's development issuer (embedded default) or from an external
// identity provider that hands the page a token in the URL fragment (#access_token=...), see docs/user-guide.md.

const STORAGE_KEY = 'zhifa.session';

/** The role's own page. */
export const HOME = {
    officer: '/officer.html', hr: '/hr.html', judicial: '/judicial.html', trainer: '/trainer.html',
    planner: '/planner.html',
};

/** Reads the claims of a JWT (no verification: the server verifies every request). */
export function claims(token) {
    const part = token.split('.')[1];
    if (!part) throw new Error('not a JWT');
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
}

/** Keeps a token for this tab; returns the session. */
export function signIn(token) {
    const c = claims(token);
    const session = {token, sub: String(c.sub ?? ''), roles: c.groups || [], expiresAt: c.exp ? c.exp * 1000 : null};
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    return session;
}

export function signOut() {
    sessionStorage.removeItem(STORAGE_KEY);
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

/** Takes a token an identity provider put in the fragment (#access_token= or #token=), then clears it. */
export function takeTokenFromFragment() {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const value = fragment.get('access_token') || fragment.get('id_token') || fragment.get('token');
    if (!value) return null;
    history.replaceState(null, '', location.pathname + location.search);
    return signIn(value);
}
