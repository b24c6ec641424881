// The frame of every page: skip link, header with the service's name, language switch and sign-in state,
// the public navigation, the footer; then the page's static words are translated.
import {h} from './dom.js';
import {register, setLang, lang, t, translate} from './i18n.js';
import {current, endSession, HOME} from './session.js';
import common from './messages/common.js';

register(common);

const NAV = [
    {href: '/index.html', key: 'nav.home', id: 'home'},
    {href: '/roster.html', key: 'nav.roster', id: 'roster'},
    {href: '/verify.html', key: 'nav.verify', id: 'verify'},
    {href: '/statistics.html', key: 'nav.statistics', id: 'statistics'},
];

function header(active) {
    const session = current();
    const role = session?.roles?.find(r => HOME[r]);
    const tools = h('div', {class: 'header-tools'},
        h('button', {type: 'button', id: 'lang-switch', lang: lang() === 'en' ? 'zh-CN' : 'en',
            'aria-label': t('nav.lang.label'), onclick: () => setLang(lang() === 'en' ? 'zh' : 'en'), text: t('nav.lang')}),
        session
            ? [h('span', {class: 'who', id: 'who', text: t('nav.signedInAs', {role: t(`role.${role}`), sub: session.name || session.sub})}),
                h('a', {href: HOME[role] || '/', text: t('nav.console')}),
                h('button', {type: 'button', id: 'sign-out', text: t('nav.signout'),
                    onclick: () => endSession()})]
            : h('a', {href: '/signin.html', id: 'sign-in', text: t('nav.signin')}));
    return [
        h('a', {class: 'skip-link', href: '#main', text: t('site.skip')}),
        h('header', {class: 'site-header'},
            h('div', {class: 'bar'},
                h('a', {class: 'brand', href: '/index.html'},
                    h('span', {class: 'brand-mark', 'aria-hidden': 'true', text: '法'}),
                    h('span', {}, h('span', {class: 'brand-name', text: t('site.name')}), h('br'),
                        h('span', {class: 'brand-sub', text: t('site.sub')}))),
                tools)),
        h('nav', {class: 'site-nav', 'aria-label': t('site.name')},
            h('ul', {}, NAV.map(item => h('li', {}, h('a', {href: item.href, 'aria-current': item.id === active ? 'page' : null, text: t(item.key)}))))),
    ];
}

function footer() {
    return h('footer', {class: 'site-footer'}, h('div', {},
        h('p', {text: t('site.footer')}),
        h('p', {}, h('a', {href: '/openapi', text: t('site.api')}))));
}

/**
 * Draws the frame around <main id="main"> and translates the page.
 * page: {active: nav id, messages: the page's dictionary, title: i18n key of the document title}
 */
export function layout({active, messages, title}) {
    if (messages) register(messages);
    const main = document.getElementById('main');
    main.setAttribute('tabindex', '-1');
    main.before(...header(active));
    main.after(footer());
    translate();
    if (title) document.title = `${t(title)} - ${t('site.name')}`;
    return main;
}
