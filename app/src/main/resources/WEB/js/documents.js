// Documents that need the bearer token (QR image, printable card, printable archive): fetched with the
// token and shown from a blob: URL, since a plain link cannot carry an Authorization header.
import {request} from './api.js';

/** An object URL of an authorised resource. */
export async function objectUrl(path, accept) {
    const blob = await request('GET', path, {accept, response: 'blob'});
    return URL.createObjectURL(blob);
}

/** Saves what a URL the browser may open by itself gives (an object URL, a signed link) as a file of the given name. */
export function download(href, fileName) {
    const a = document.createElement('a');
    a.href = href;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
}

/** Saves an authorised resource as a file of the given name (an export, an archive, an evidence file). */
export async function saveAs(path, accept, fileName) {
    download(await objectUrl(path, accept), fileName);
}

/** Opens an authorised HTML document in a new tab (the tab is opened at once so no pop-up blocker stops it). */
export async function openDocument(path) {
    const tab = window.open('', '_blank');
    try {
        const url = await objectUrl(path, 'text/html');
        if (tab) tab.location.href = url;
        else location.href = url;
    } catch (error) {
        tab?.close();
        throw error;
    }
}
