/** Set by the browser (components/layout/time-zone-cookie.tsx): the zone its clock is in. A plain module: the page cache reads it outside React. */
export const BROWSER_TIME_ZONE_COOKIE = "tz";
