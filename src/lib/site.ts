import { SITE_NAME } from '../config/site';

export { SITE_NAME };

/** "Story title · K-Wave Reader"; the home page passes no title. */
export const documentTitle = (page?: string) => (page ? `${page} · ${SITE_NAME}` : SITE_NAME);
