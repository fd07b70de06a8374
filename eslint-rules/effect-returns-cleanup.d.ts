import type { Rule } from 'eslint';

export declare const effectReturnsCleanup: Rule.RuleModule;
export declare const localRules: { rules: Record<string, Rule.RuleModule> };
