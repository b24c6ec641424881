// Sign-in, as GET /public/v1/sign-in says: through the agency's OpenID Connect provider (authorization code flow
// with PKCE, js/oidc.js; this page is also where the provider sends the browser back), or on the embedded
// default a demo user per role and agency (POST /auth/dev-token). Where there is no provider an operator may
// paste a token. The token stays in sessionStorage. A token in the URL fragment (the implicit flow) is no
// longer taken: current OAuth practice retires it (the token shows in history and logs).
import {layout} from '../layout.js';
import {h, params} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {field, onSubmit, form as makeForm} from '../forms.js';
import {HOME, sameOriginPath, signIn, signOut} from '../session.js';
import {showError, showSuccess} from '../problem.js';
import {completeSignIn, isCallback, signInAtProvider, signInConfig} from '../oidc.js';
import {entries} from '../dictionaries.js';

const messages = {
    zh: {
        'signin.page': '登录',
        'signin.title': '工作人员登录',
        'signin.lead': '社会公众查询无需登录。执法人员和各部门工作人员登录后进入自己的工作台。',
        'signin.demo.title': '选择演示用户',
        'signin.demo.note': '本服务运行在内置演示环境：可以任选角色登录体验。正式部署时由单位统一身份认证登录，此处不会出现。',
        'signin.role': '角色',
        'signin.sub': '用户标识',
        'signin.sub.officer': '执法人员编号（人员库内部编号）',
        'signin.sub.hint': '演示环境中任意填写；执法人员须填写本人在人员库中的编号。',
        'signin.go': '登录',
        'signin.external.title': '粘贴访问令牌',
        'signin.external.text': '运维人员可以粘贴身份认证平台签发的访问令牌（例如核对令牌校验配置时）。',
        'signin.token': '访问令牌（JWT）',
        'signin.token.go': '使用此令牌登录',
        'signin.token.bad': '这不是有效的访问令牌。',
        'signin.noRole': '该令牌不含本系统的任何角色。',
        'role.hr.desc': '维护执法人员名库：编制、岗位、调动、退休。',
        'role.judicial.desc': '审核资格，发证、年审、暂扣、吊销、收回、销毁，法制审核人员比例。',
        'role.trainer.desc': '登记培训课程和学时，导入签到表。',
        'role.planner.desc': '检查对象名录、抽查事项，封存、抽取、公示计划，录入结果。',
        'role.officer.desc': '查看本人证件、二维码、培训学时和检查任务。',
        'role.admin.desc': '系统管理：工作日历（节假日和调休）、全过程记录核验。',
        'signin.agency': '所在单位',
        'signin.agency.hint': '演示环境有几个单位可选：登录后只能办理本单位（及下级单位）的事务。',
        'signin.oidc.title': '统一身份认证',
        'signin.oidc.text': '使用单位统一身份认证平台的账号登录，登录后回到本系统。',
        'signin.oidc.go': '通过统一身份认证登录',
        'signin.oidc.busy': '正在完成登录……',
        'signin.oidc.failed': '统一身份认证未能完成登录：{reason}',
        'signin.signedOut': '已退出本系统和统一身份认证平台。',
        'signin.again.text': '登录已过期，请重新登录；页面上尚未提交的内容会保留。',
    },
    en: {
        'signin.page': 'Sign in',
        'signin.title': 'Staff sign-in',
        'signin.lead': 'The public needs no sign-in. Officers and staff sign in to reach their own workspace.',
        'signin.demo.title': 'Choose a demo user',
        'signin.demo.note': 'This server runs the embedded demo set-up: sign in with any role to try it. A real deployment signs in through the agency\'s identity provider and shows no such choice.',
        'signin.role': 'Role',
        'signin.sub': 'User id',
        'signin.sub.officer': 'Officer id (in the roster)',
        'signin.sub.hint': 'Anything will do in the demo; an officer enters their own roster id.',
        'signin.go': 'Sign in',
        'signin.external.title': 'Paste an access token',
        'signin.external.text': 'Operators may paste an access token the identity provider issued (e.g. to check the token settings).',
        'signin.token': 'Access token (JWT)',
        'signin.token.go': 'Sign in with this token',
        'signin.token.bad': 'This is not a valid access token.',
        'signin.noRole': 'This token carries none of this service\'s roles.',
        'role.hr.desc': 'Keeps the officer roster: employment, post, transfers, retirement.',
        'role.judicial.desc': 'Eligibility, issue, annual review, suspension, revocation, recovery, destruction; legal reviewers.',
        'role.trainer.desc': 'Courses and attendance, attendance sheets.',
        'role.planner.desc': 'Targets, matters; seals, draws and publishes plans; results.',
        'role.officer.desc': 'Own credential, QR code, training hours and inspections.',
        'role.admin.desc': 'Administration: the working calendar (holidays and make-up days), the audit record.',
        'signin.agency': 'Agency',
        'signin.agency.hint': 'The demo offers a few agencies: once signed in you act only for your own agency (and the units below it).',
        'signin.oidc.title': 'Identity provider',
        'signin.oidc.text': 'Sign in with your agency\'s identity provider account; it brings you back here.',
        'signin.oidc.go': 'Sign in with the identity provider',
        'signin.oidc.busy': 'Completing the sign-in…',
        'signin.oidc.failed': 'The identity provider did not complete the sign-in: {reason}',
        'signin.signedOut': 'Signed out of this service and of the identity provider.',
        'signin.again.text': 'The sign-in has expired; sign in again. What the page held unsaved is kept.',
    },
};

layout({active: null, messages, title: 'signin.page'});

const ROLES = ['officer', 'hr', 'judicial', 'trainer', 'planner', 'admin'];
const DEMO_SUBJECT = {officer: '1', hr: 'hr-demo', judicial: 'judicial-demo', trainer: 'trainer-demo', planner: 'planner-demo',
    admin: 'admin-demo'};
/**
 * The demo's agencies per role (docs/user-guide.md): two districts' 市场监管局, and for planners also 长寿区城市管理局,
 * which confirms its matter of a joint plan; officers act for no agency.
 */
const DEMO_AGENCIES = {
    hr: ['500115002', '500101002'], trainer: ['500115002', '500101002'],
    planner: ['500115002', '500115003', '500101002'],
    judicial: ['500115001', '500000001'], officer: [], admin: [],
};
const query = params();

function proceed(session, next = query.get('next')) {
    const role = session.roles.find(r => HOME[r]);
    if (!role) throw new Error(t('signin.noRole'));
    location.href = sameOriginPath(next) ?? HOME[role];
}

/**
 * What the server makes of the person (GET /api/v1/me: roles mapped from the provider's names, agency, officer):
 * null where the server has no such endpoint; a refusal (403 SIGN_IN_NO_ROLE, SIGN_IN_OFFICER_NOT_FOUND) is thrown.
 */
async function whoAmI(token) {
    try {
        return await get('/api/v1/me', {}, {token});
    } catch (error) {
        if (error.status === 404 || error.status === 405) return null;
        throw error;
    }
}

/** The demo choice, shown only where the server issues development tokens. */
async function demo() {
    document.getElementById('demo').hidden = false;
    const names = new Map((await entries('agencies')).map(a => [a.code, a.name]));
    const wanted = ROLES.includes(query.get('role')) ? query.get('role') : 'officer';
    const roleGrid = h('fieldset', {}, h('legend', {text: t('signin.role')}), h('div', {class: 'role-grid'},
        ROLES.map(role => h('label', {},
            h('input', {type: 'radio', name: 'role', value: role, id: `role-${role}`, checked: role === wanted}),
            h('strong', {text: t(`role.${role}`)}), h('span', {class: 'desc', text: t(`role.${role}.desc`)})))));
    const agencyOptions = role => DEMO_AGENCIES[role].map(code => ({code, name: `${names.get(code) || code}（${code}）`}));
    const agency = field({name: 'agency', label: 'signin.agency', hint: 'signin.agency.hint', type: 'select', options: agencyOptions(wanted)});
    const subject = field({name: 'sub', label: 'signin.sub', hint: 'signin.sub.hint', value: DEMO_SUBJECT[wanted], required: true});
    const {form, status} = makeForm({fields: [roleGrid, agency, subject], submit: 'signin.go', id: 'demo-sign-in'});
    document.getElementById('demo-form').replaceWith(form);
    const showAgencies = role => {
        const select = form.elements.agency;
        select.replaceChildren(...agencyOptions(role).map(o => h('option', {value: o.code, text: o.name})));
        const none = !DEMO_AGENCIES[role].length;
        select.disabled = none;
        select.closest('.field').style.display = none ? 'none' : '';
    };
    showAgencies(wanted);
    form.addEventListener('change', event => {
        if (event.target.name !== 'role') return;
        form.elements.sub.value = DEMO_SUBJECT[event.target.value];
        showAgencies(event.target.value);
    });
    onSubmit(form, {
        status,
        action: async v => {
            const role = form.elements.role.value;
            const body = {sub: v.sub, groups: [role], ...(DEMO_AGENCIES[role].length && v.agency ? {agency: v.agency} : {})};
            const issued = await post('/auth/dev-token', body, {token: ''});
            proceed(signIn(issued.token));
            return false;
        },
    });
}

/** Pasting a token: for operators where the pages have no provider (checking a deployment's token settings). */
function pasted() {
    document.getElementById('external').hidden = false;
    const {form, status} = makeForm({fields: [field({name: 'token', label: 'signin.token', type: 'textarea', required: true})], submit: 'signin.token.go'});
    document.getElementById('token-form').replaceWith(form);
    onSubmit(form, {
        status,
        action: async v => {
            let session;
            try {
                session = signIn(v.token || '');
            } catch {
                throw new Error(t('signin.token.bad'));
            }
            try {
                proceed(session);
            } catch (error) {
                signOut();
                throw error;
            }
            return false;
        },
    });
}

/** The provider's way in: a button, or straight there when a page sent the person here to sign in (again). */
async function provider(config) {
    const card = document.getElementById('oidc');
    card.hidden = false;
    const status = document.getElementById('oidc-status');
    const button = document.getElementById('oidc-sign-in');
    button.addEventListener('click', () => signInAtProvider(config, query.get('next')).catch(error => showError(status, error)));
    if (isCallback()) {
        await returned(config, status);
    } else if (query.get('signedOut')) {
        showSuccess(status, t('signin.signedOut'));
    } else if (query.get('next')) {
        if (query.get('again')) showSuccess(status, t('signin.again.text'));
        await signInAtProvider(config, query.get('next'));
    }
}

/** Back from the provider: the code becomes the tab's session, then on to the page that asked. */
async function returned(config, status) {
    showSuccess(status, t('signin.oidc.busy'));
    let answer;
    try {
        answer = await completeSignIn(config);
    } catch (error) {
        history.replaceState(null, '', location.pathname);
        showError(status, new Error(t('signin.oidc.failed', {reason: error.message})));
        return;
    }
    try {
        const me = await whoAmI(answer.accessToken);
        const known = me ? {roles: me.roles, agency: me.agency ?? null, agencyName: me.agencyName ?? null,
            officerId: me.officerId ?? null, expiresAt: me.expiresAt ? Date.parse(me.expiresAt) : undefined} : {};
        if (known.expiresAt === undefined) delete known.expiresAt;
        const session = signIn(answer.accessToken, {provider: 'oidc', idToken: answer.idToken,
            authority: config.authority, clientId: config.clientId, scope: config.scope, ...known});
        proceed(session, answer.next);
    } catch (error) {
        signOut();
        showError(status, error);
    }
}

async function start() {
    let config;
    try {
        config = await signInConfig();
    } catch {
        config = {mode: 'token'};
    }
    if (config.mode === 'oidc') {
        await provider(config);
        return;
    }
    pasted();
    if (config.mode === 'demo') await demo();
}

start();
