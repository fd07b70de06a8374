/**
 * Asks the browser to keep this site's storage (follows, saves, read marks): Safari otherwise
 * clears it after seven days without a visit. Asked when the reader first keeps something;
 * the answer changes nothing here.
 */
export const askToPersist = () => void navigator.storage?.persist?.().catch(() => false);
