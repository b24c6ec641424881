// The server's business day (Beijing's, the day the record follows), asked once per page: "this year" on a page
// is never the browser's own, which may be in another zone (a day behind from 16:00 to 24:00 UTC) or wrong.
import {get} from './api.js';

let asked;

/** The zone of the service's day and of every time shown. */
export const BUSINESS_ZONE = 'Asia/Shanghai';

function beijingToday() {
    const date = new Intl.DateTimeFormat('en-CA', {timeZone: BUSINESS_ZONE}).format(new Date());
    return {date, year: Number(date.slice(0, 4)), zone: BUSINESS_ZONE};
}

/** {date: 'YYYY-MM-DD', year, zone}; Beijing's day by this browser's clock if the server cannot be asked. */
export function businessDay() {
    asked ??= get('/public/v1/business-day').catch(() => beijingToday());
    return asked;
}

export async function thisYear() {
    return (await businessDay()).year;
}
