// Building DOM nodes without innerHTML: every text from the server goes in as text, never as markup.

/**
 * h('a', {href: '/x', class: 'button', onclick: fn}, 'text', otherNode)
 * Attributes: class, text, dataset (object), on<event> (function), boolean true/false, everything else as attribute.
 */
export function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
        if (value === undefined || value === null || value === false) continue;
        if (name === 'class') el.className = value;
        else if (name === 'text') el.textContent = value;
        else if (name === 'dataset') Object.assign(el.dataset, value);
        else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
        else if (value === true) el.setAttribute(name, '');
        else el.setAttribute(name, String(value));
    }
    append(el, children);
    return el;
}

/** Appends strings (as text), numbers, nodes and nested arrays; skips null and undefined. */
export function append(parent, children) {
    for (const child of [children].flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
}

/** Replaces the content of an element. */
export function replace(el, ...children) {
    el.replaceChildren();
    return append(el, children);
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** The query parameters of the page's URL. */
export function params() {
    return new URLSearchParams(location.search);
}
