// Courses (培训课程): the list by year and category, and the form of a new course.
import {h} from '../dom.js';
import {get, post} from '../api.js';
import {t} from '../i18n.js';
import {label, number, period} from '../format.js';
import {enumOptions, field, form, onSubmit, values} from '../forms.js';
import {entries, options} from '../dictionaries.js';
import {PagedTable} from '../paging.js';
import {thisYear} from '../business-day.js';

const MODES = ['OFFLINE', 'ONLINE', 'CASE_TEACHING', 'SCENARIO', 'TOURING', 'PARTICIPATORY', 'IMMERSIVE', 'TAILORED'];

export async function courseList(filterBox, listBox, openAttendance) {
    const year = await thisYear();
    const filter = h('form', {class: 'toolbar'},
        field({name: 'year', label: 'courses.year', type: 'select', value: year,
            options: Array.from({length: 6}, (_, i) => ({code: year - i, name: String(year - i)}))}),
        field({name: 'category', label: 'courses.category', type: 'select', options: await options('training-categories', t('common.all'))}),
        field({name: 'organizer', label: 'courses.organizer', type: 'select', options: await options('agencies', t('common.all'))}),
        h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('courses.show')})));
    filterBox.replaceChildren(filter);
    const list = new PagedTable(listBox, {
        columns: [
            // the id a sign-in sheet's 课程编号 column and the import name the course by
            {label: 'col.courseId', value: c => h('span', {class: 'mono course-id', text: String(c.id)})},
            {label: 'col.title', value: c => c.title},
            {label: 'col.category', value: c => label('trainingCategory', c.category)},
            {label: 'col.organizer', value: c => c.organizerName},
            {label: 'col.mode', value: c => label('mode', c.mode)},
            {label: 'col.dates', value: c => period(c.startsOn, c.endsOn)},
            {label: 'col.hours', num: true, value: c => number(c.hours, 1)},
            {label: 'common.actions', value: c => h('button', {type: 'button', class: 'secondary', text: t('courses.attendance'), onclick: () => openAttendance(c)})},
        ],
        load: (page, size) => get('/api/v1/courses', {...values(filter), page, size}),
    });
    filter.addEventListener('submit', event => {
        event.preventDefault();
        list.reload();
    });
    await list.show();
    return list;
}

export async function newCourseForm(container, created) {
    const {form: el, status} = form({
        id: 'new-course',
        fields: [
            field({name: 'title', label: 'course.title', required: true}),
            field({name: 'category', label: 'course.category', type: 'select', options: await entries('training-categories'), required: true}),
            field({name: 'organizerAgency', label: 'course.organizer', type: 'select', options: await entries('agencies'), required: true}),
            field({name: 'hours', label: 'course.hours', type: 'number', required: true, attrs: {step: '0.5', min: '0.5'}}),
            field({name: 'startsOn', label: 'course.startsOn', type: 'date', required: true}),
            field({name: 'endsOn', label: 'course.endsOn', type: 'date', required: true}),
            field({name: 'mode', label: 'course.mode', type: 'select', options: enumOptions('mode', MODES), required: true}),
        ],
        submit: 'course.create',
    });
    onSubmit(el, {
        status,
        confirm: v => t('course.confirm', {title: v.title || ''}),
        action: async v => {
            const course = await post('/api/v1/courses', v);
            el.reset();
            created(course);
            return t('course.created', {id: course.id});
        },
    });
    container.replaceChildren(h('p', {class: 'muted', text: t('course.political')}), el);
}
