// Evidence uploads with tus-js-client (tus 1.0.0, vendored in js/vendor/tus-js-client): sent in chunks, and when the
// connection drops the upload goes on from the offset the server has (HEAD), in this page or, after the page was
// closed, when the officer chooses the same file again (its fingerprint and upload URL are kept in localStorage).
import {token} from '../session.js';

/** Small enough that a cut on a poor signal loses little, large enough to keep the requests few. */
const CHUNK_BYTES = 512 * 1024;
const PREFIX = 'tus-zhifa';

let library;

/** tus-js-client, loaded on first use (87 KB the page's first render on a slow network does without). */
function tus() {
    library ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/js/vendor/tus-js-client/tus.min.js';
        script.onload = () => resolve(window.tus);
        script.onerror = () => {
            library = null;
            reject(new Error('tus-js-client'));
        };
        document.head.append(script);
    });
    return library;
}

/** The kind of a chosen file: the camera's input gives a PHOTO; otherwise by its type. */
export function kindOf(file, fromCamera) {
    if (fromCamera) return 'PHOTO';
    if (file.type.startsWith('video/')) return 'VIDEO';
    if (file.type.startsWith('audio/')) return 'AUDIO';
    if (file.type.startsWith('image/')) return 'PHOTO';
    return 'DOCUMENT';
}

const fingerprintOf = (id, kind, item, matter, file) =>
    [PREFIX, id, kind, item || '-', ...(matter ? [`m${matter}`] : []), file.name, file.type, file.size, file.lastModified].join('|');

/** The uploads of this inspection begun in this browser and not finished: [{filename, size, uploadUrl}]. */
export async function unfinishedUploads(id) {
    const all = await (await tus()).defaultOptions.urlStorage.findAllUploads();
    return all.filter(u => (u.urlStorageKey || '').startsWith(`tus::${PREFIX}|${id}|`));
}

/**
 * Uploads a file; listeners: progress(sent, total), resumed(offset the server had), retrying(sent), done(),
 * failed(error).
 * Resolves when the upload has started (after any previous upload of the same file was found).
 */
export async function upload(id, file, {kind, item, matter}, on) {
    const metadata = {filename: file.name, kind};
    if (item) metadata.item = item;
    // a joint inspection's item is of one matter (two matters' check lists may share a code)
    if (matter) metadata.matter = String(matter);
    let sent = 0;
    const tusUpload = new (await tus()).Upload(file, {
        endpoint: `/api/v1/inspections/${id}/evidence`,
        chunkSize: CHUNK_BYTES,
        retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000],
        metadata,
        storeFingerprintForResuming: true,
        removeFingerprintOnSuccess: true,
        fingerprint: async () => fingerprintOf(id, kind, item, matter, file),
        onBeforeRequest: req => req.setHeader('Authorization', `Bearer ${token()}`),
        onAfterResponse: (req, res) => {
            if (req.getMethod() === 'HEAD' && res.getStatus() === 200) on.resumed?.(Number(res.getHeader('Upload-Offset')));
        },
        onProgress: done => {
            sent = done;
            on.progress?.(done, file.size);
        },
        onShouldRetry: (error, attempt, options) => {
            on.retrying?.(sent);
            const status = error.originalResponse ? error.originalResponse.getStatus() : 0;
            return (!status || status === 409 || status === 423 || status >= 500) && attempt < options.retryDelays.length;
        },
        onSuccess: () => on.done?.(),
        onError: error => on.failed?.(error),
    });
    const previous = await tusUpload.findPreviousUploads();
    if (previous.length) tusUpload.resumeFromPreviousUpload(previous[0]);
    tusUpload.start();
    return tusUpload;
}
