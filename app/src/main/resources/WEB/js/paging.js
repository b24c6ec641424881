// Paging: every list is read page by page (?page=&size=, answers {items, page, size, total}).
import {h, replace} from './dom.js';
import {t} from './i18n.js';
import {table} from './table.js';
import {showError} from './problem.js';

/** The pager below a list: "page x of y", previous and next. */
export function pager({page, size, total}, go) {
    const pages = Math.max(1, Math.ceil(total / size));
    return h('nav', {class: 'pager', 'aria-label': t('pager.label')},
        h('button', {type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go(page - 1), text: t('pager.prev')}),
        h('span', {'aria-live': 'polite', text: t('pager.summary', {page, pages, total})}),
        h('button', {type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go(page + 1), text: t('pager.next')}));
}

/** A page of a list held in the browser (for the few API lists that come whole). */
export function pageOf(all, page, size) {
    const start = (page - 1) * size;
    return {items: all.slice(start, start + size), page, size, total: all.length};
}

/**
 * A table that loads its pages on demand.
 * load(page, size) → Promise<{items, page, size, total}>; columns as for table().
 */
export class PagedTable {
    constructor(container, {columns, load, size = 20, caption, empty, rowAttrs}) {
        Object.assign(this, {container, columns, load, size, caption, empty, rowAttrs, page: 1});
    }

    async show(page = this.page) {
        this.page = page;
        // only the newest request draws: a slow first load must not overwrite the search typed meanwhile
        const ticket = this.ticket = (this.ticket || 0) + 1;
        this.container.setAttribute('aria-busy', 'true');
        try {
            const result = await this.load(page, this.size);
            if (ticket !== this.ticket) return this;
            this.last = result;
            replace(this.container,
                table(this.columns, result.items || [], {caption: this.caption, empty: this.empty, rowAttrs: this.rowAttrs}),
                pager({page: result.page ?? page, size: result.size ?? this.size, total: result.total ?? 0}, p => this.show(p)));
        } catch (error) {
            if (ticket !== this.ticket) return this;
            const region = h('div');
            replace(this.container, region);
            showError(region, error);
        } finally {
            if (ticket === this.ticket) this.container.removeAttribute('aria-busy');
        }
        return this;
    }

    /** Back to the first page (after a new search). */
    reload() {
        return this.show(1);
    }
}
