import { DISPLAY_ORDER, KINDS } from '../../config/kinds.ts';

/** Kinds in the order a story's tags are listed (from the kinds table). */
export const TAGGING_ORDER = [...DISPLAY_ORDER].sort((a, b) => KINDS[a].tagging - KINDS[b].tagging);
