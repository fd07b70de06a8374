// The one place the site's name is spelled, so titles, header and tests agree.
export const SITE_NAME = 'K-Wave Reader';

/** "Story title · K-Wave Reader"; the home page passes no title. */
export const documentTitle = (page?: string) => (page ? `${page} · ${SITE_NAME}` : SITE_NAME);
