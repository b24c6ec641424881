// The public dictionaries (agencies, categories, divisions, training-categories, result-codes), loaded
// once per page and named in the chosen language where the dictionary has an English name.
import {get} from './api.js';
import {lang} from './i18n.js';

const loaded = new Map();

export function load(name) {
    if (!loaded.has(name)) loaded.set(name, get(`/public/v1/dictionaries/${name}`).catch(() => []));
    return loaded.get(name);
}

/** The entries as [{code, name}] in the chosen language. */
export async function entries(name) {
    const list = await load(name);
    return list.map(entry => ({...entry, name: lang() === 'en' && entry.nameEn ? entry.nameEn : entry.name}));
}

// GB/T 2260 groups county-level divisions under entries that are no area of their own (市辖区 and 县 under a
// municipality, 省直辖县级行政区划 ...); an enforcement or inspection area is never one of them.
const GROUPING = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/;

/** The divisions that can be an area, as [{code, name}] in the chosen language. */
export async function areas() {
    const groupings = new Set((await load('divisions')).filter(d => d.level === 2 && GROUPING.test(d.name)).map(d => d.code));
    return (await entries('divisions')).filter(d => !groupings.has(d.code));
}

/** A function code → name for a loaded dictionary. */
export async function namer(name) {
    const map = new Map((await entries(name)).map(entry => [entry.code, entry.name]));
    return code => map.get(code) ?? code ?? '';
}

/** <option>s for a select: an optional empty first option, then every entry not retired (a retired result code). */
export async function options(name, emptyLabel) {
    const list = (await entries(name)).filter(entry => !entry.retired);
    return [...(emptyLabel !== undefined ? [{code: '', name: emptyLabel}] : []), ...list];
}
