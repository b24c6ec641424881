// Sign-in through the agency's OpenID Connect provider: the authorization code flow with PKCE (S256), done by
// oidc-client-ts 3.5.0 (vendor/oidc-client-ts, loaded only here and only when the server names a provider in
// GET /public/v1/sign-in). The provider sends the browser back to /signin.html?code=…&state=…, where the code
// is exchanged for tokens; the access token goes to session.js like any other (sessionStorage, this tab only),
// and the library keeps nothing of its own beyond the sign-in in progress. Signing out ends the provider's
// session too (RP-initiated logout with id_token_hint).
import {get} from './api.js';

const LIBRARY = '/js/vendor/oidc-client-ts/oidc-client-ts.min.js';
const CALLBACK = '/signin.html';
let library;

/** How this server signs in: {mode: 'oidc'|'demo'|'token', authority, clientId, scope}. */
export function signInConfig() {
    return get('/public/v1/sign-in', {}, {token: ''});
}

/** The library's global `oidc` (an IIFE build), loaded once. */
function load() {
    library ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = LIBRARY;
        script.onload = () => resolve(window.oidc);
        script.onerror = () => reject(new Error(`${LIBRARY} did not load`));
        document.head.append(script);
    });
    return library;
}

async function manager({authority, clientId, scope}) {
    const oidc = await load();
    const tab = new oidc.WebStorageStateStore({store: sessionStorage});
    return new oidc.UserManager({
        authority, client_id: clientId, scope: scope || 'openid', response_type: 'code',
        redirect_uri: location.origin + CALLBACK,
        post_logout_redirect_uri: `${location.origin}${CALLBACK}?signedOut=1`,
        // the sign-in in progress (state, PKCE verifier) and the user stay in this tab, like the session
        stateStore: tab, userStore: tab,
        loadUserInfo: false, automaticSilentRenew: false, monitorSession: false,
    });
}

/** Whether this address is the provider's answer to a sign-in (a code or an error, with the state). */
export function isCallback(params = new URLSearchParams(location.search)) {
    return params.has('state') && (params.has('code') || params.has('error'));
}

/** Sends the browser to the provider's sign-in page; `next` is where to come back to afterwards. */
export async function signInAtProvider(config, next) {
    const users = await manager(config);
    await users.signinRedirect({state: {next: next || null}});
}

/**
 * Takes the provider's answer: exchanges the code (with the PKCE verifier) for tokens, clears the address bar,
 * and returns {accessToken, idToken, next}. Throws the provider's error (e.g. access_denied) otherwise.
 */
export async function completeSignIn(config) {
    const users = await manager(config);
    const user = await users.signinRedirectCallback();
    await users.removeUser();
    history.replaceState(null, '', location.pathname);
    return {accessToken: user.access_token, idToken: user.id_token, next: user.state?.next ?? null};
}

/** Ends the provider's session (end_session_endpoint with id_token_hint), then back to the sign-in page. */
export async function signOutAtProvider(session) {
    const users = await manager(session);
    await users.signoutRedirect({id_token_hint: session.idToken});
}
