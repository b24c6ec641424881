// The sections of a staff console as tabs: links to #section, one section shown at a time; the address
// keeps the chosen section so that back, reload and bookmarks work.
import {$$} from './dom.js';

/** Shows the section named by the hash (or the first); calls onShow(id) when a section appears. */
export function tabs(nav, onShow) {
    const links = $$('a[href^="#"]', nav);
    const sections = links.map(a => document.getElementById(a.getAttribute('href').slice(1)));
    const shown = new Set();
    function show() {
        const wanted = location.hash.slice(1);
        const index = Math.max(0, sections.findIndex(s => s && s.id === wanted));
        sections.forEach((section, i) => {
            section.hidden = i !== index;
            links[i].setAttribute('aria-current', i === index ? 'true' : 'false');
        });
        const id = sections[index].id;
        if (onShow) onShow(id, !shown.has(id));
        shown.add(id);
    }
    window.addEventListener('hashchange', show);
    show();
}
