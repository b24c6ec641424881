// Language: Simplified Chinese by default, English on request; the choice is kept in localStorage.
// Each page registers its own small dictionary ({zh: {...}, en: {...}}) on top of the common one.

const STORAGE_KEY = 'zhifa.lang';
const messages = {zh: {}, en: {}};

export function lang() {
    try {
        return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
    } catch {
        return 'zh';
    }
}

/** The HTML lang attribute and Accept-Language value of the current language. */
export function langTag() {
    return lang() === 'en' ? 'en' : 'zh-CN';
}

/** Switches language and redraws the page. */
export function setLang(value) {
    try {
        localStorage.setItem(STORAGE_KEY, value === 'en' ? 'en' : 'zh');
    } catch {
        // private mode: the choice lasts for this page only
    }
    location.reload();
}

export function register(dictionary) {
    for (const language of ['zh', 'en']) Object.assign(messages[language], dictionary[language] || {});
}

/** The text of a key, with {name} placeholders filled; falls back to Chinese, then to the key itself. */
export function t(key, values = {}) {
    const text = messages[lang()][key] ?? messages.zh[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? `{${name}}`));
}

/** Whether a key is known (used for optional labels such as enumeration values). */
export function has(key) {
    return key in messages[lang()] || key in messages.zh;
}

/** Fills data-i18n (text), data-i18n-placeholder, -aria-label and -title attributes and sets lang. */
export function translate(root = document) {
    document.documentElement.lang = langTag();
    for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const attr of ['placeholder', 'aria-label', 'title']) {
        const data = 'i18n' + attr.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
        for (const el of root.querySelectorAll(`[data-i18n-${attr}]`)) el.setAttribute(attr, t(el.dataset[data]));
    }
}
