// The join rules, in the order they are tried: a pair both rules would join is a near-copy.
// A new rule is a new file implementing PairRule, listed here.
import { nearCopy } from './near-copy.ts';
import { sameEvent } from './same-event.ts';
import { sharedDetails } from './shared-details.ts';
import type { PairRule } from './types.ts';

export const RULES: readonly PairRule[] = [nearCopy, sameEvent, sharedDetails];
