// An officer of the roster as staff see it (HR and the judicial bureau share it).
import {h} from './dom.js';
import {register, t} from './i18n.js';
import {badge, label, names, yesNo} from './format.js';
import {facts} from './table.js';

register({
    zh: {
        'officer.name': '姓名', 'officer.idNumber': '身份证号码', 'officer.agency': '单位', 'officer.position': '职务',
        'officer.employment': '用工性质', 'officer.post': '岗位状态', 'officer.categories': '执法类别', 'officer.areas': '执法区域',
        'officer.legalQualification': '法律职业资格', 'officer.legalReviewer': '法制审核人员', 'officer.credential': '当前证件',
    },
    en: {
        'officer.name': 'Name', 'officer.idNumber': 'Identity number', 'officer.agency': 'Agency', 'officer.position': 'Post',
        'officer.employment': 'Employment', 'officer.post': 'Post status', 'officer.categories': 'Categories', 'officer.areas': 'Areas',
        'officer.legalQualification': 'Legal professional qualification', 'officer.legalReviewer': 'Legal reviewer', 'officer.credential': 'Current credential',
    },
});

export function officerFacts(o) {
    return facts([
        ['officer.name', o.name], ['officer.idNumber', h('span', {class: 'mono', text: o.idNumber})],
        ['officer.agency', o.agency?.name], ['officer.position', o.position],
        ['officer.employment', label('employment', o.employmentType)], ['officer.post', label('post', o.postStatus)],
        ['officer.categories', names(o.categories)], ['officer.areas', names(o.areas)],
        ['officer.legalQualification', yesNo(o.legalQualification)], ['officer.legalReviewer', yesNo(o.legalReviewer)],
        ['officer.credential', o.credential ? h('span', {}, h('span', {class: 'mono', text: o.credential.number}), ' ', badge('status', o.credential.status)) : t('common.none')],
    ]);
}
