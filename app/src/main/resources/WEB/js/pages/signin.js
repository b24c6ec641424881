// Sign-in: on the embedded default a demo user per role (POST /auth/dev-token); elsewhere the token of the
// external identity provider, handed over in the URL fragment or pasted. The token stays in sessionStorage.
import {layout} from '../layout.js';
import {h, params} from '../dom.js';
import {post} from '../api.js';
import {t} from '../i18n.js';
import {field, onSubmit, form as makeForm} from '../forms.js';
import {HOME, sameOriginPath, signIn, signOut, takeTokenFromFragment} from '../session.js';
import {showError} from '../problem.js';

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
        'signin.external.title': '统一身份认证',
        'signin.external.text': '正式部署中，请从单位统一身份认证平台进入本系统，登录后会自动返回此页。运维人员也可以粘贴身份认证平台签发的访问令牌。',
        'signin.token': '访问令牌（JWT）',
        'signin.token.go': '使用此令牌登录',
        'signin.token.bad': '这不是有效的访问令牌。',
        'signin.noRole': '该令牌不含本系统的任何角色。',
        'role.hr.desc': '维护执法人员名库：编制、岗位、调动、退休。',
        'role.judicial.desc': '审核资格，发证、年审、暂扣、吊销、收回、销毁，法制审核人员比例。',
        'role.trainer.desc': '登记培训课程和学时，导入签到表。',
        'role.planner.desc': '检查对象名录、抽查事项，封存、抽取、公示计划，录入结果。',
        'role.officer.desc': '查看本人证件、二维码、培训学时和检查任务。',
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
        'signin.external.title': 'Identity provider',
        'signin.external.text': 'In a real deployment, enter through the agency\'s identity provider; it brings you back here signed in. Operators may also paste an access token the identity provider issued.',
        'signin.token': 'Access token (JWT)',
        'signin.token.go': 'Sign in with this token',
        'signin.token.bad': 'This is not a valid access token.',
        'signin.noRole': 'This token carries none of this service\'s roles.',
        'role.hr.desc': 'Keeps the officer roster: employment, post, transfers, retirement.',
        'role.judicial.desc': 'Eligibility, issue, annual review, suspension, revocation, recovery, destruction; legal reviewers.',
        'role.trainer.desc': 'Courses and attendance, attendance sheets.',
        'role.planner.desc': 'Targets, matters; seals, draws and publishes plans; results.',
        'role.officer.desc': 'Own credential, QR code, training hours and inspections.',
    },
};

layout({active: null, messages, title: 'signin.page'});

const ROLES = ['officer', 'hr', 'judicial', 'trainer', 'planner'];
const DEMO_SUBJECT = {officer: '1', hr: 'hr-demo', judicial: 'judicial-demo', trainer: 'trainer-demo', planner: 'planner-demo'};
const query = params();

function proceed(session) {
    const role = session.roles.find(r => HOME[r]);
    if (!role) throw new Error(t('signin.noRole'));
    location.href = sameOriginPath(query.get('next')) ?? HOME[role];
}


/** The demo choice, shown only where the server issues development tokens. */
async function demo() {
    try {
        await post('/auth/dev-token', {}, {token: ''});
    } catch (error) {
        if (error.status === 404) return;
    }
    document.getElementById('demo').hidden = false;
    const wanted = ROLES.includes(query.get('role')) ? query.get('role') : 'officer';
    const roleGrid = h('fieldset', {}, h('legend', {text: t('signin.role')}), h('div', {class: 'role-grid'},
        ROLES.map(role => h('label', {},
            h('input', {type: 'radio', name: 'role', value: role, id: `role-${role}`, checked: role === wanted}),
            h('strong', {text: t(`role.${role}`)}), h('span', {class: 'desc', text: t(`role.${role}.desc`)})))));
    const subject = field({name: 'sub', label: 'signin.sub', hint: 'signin.sub.hint', value: DEMO_SUBJECT[wanted], required: true});
    const {form, status} = makeForm({fields: [roleGrid, subject], submit: 'signin.go', id: 'demo-sign-in'});
    document.getElementById('demo-form').replaceWith(form);
    form.addEventListener('change', event => {
        if (event.target.name === 'role') form.elements.sub.value = DEMO_SUBJECT[event.target.value];
    });
    onSubmit(form, {
        status,
        action: async v => {
            const issued = await post('/auth/dev-token', {sub: v.sub, groups: [form.elements.role.value]}, {token: ''});
            proceed(signIn(issued.token));
            return false;
        },
    });
}

function pasted() {
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
    return status;
}

/** A token the identity provider handed over in the fragment: go on at once, or say why not. */
function handedOver(status) {
    let session;
    try {
        session = takeTokenFromFragment();
    } catch {
        showError(status, new Error(t('signin.token.bad')));
        return;
    }
    try {
        if (session) proceed(session);
    } catch (error) {
        signOut();
        showError(status, error);
    }
}

handedOver(pasted());
demo();
