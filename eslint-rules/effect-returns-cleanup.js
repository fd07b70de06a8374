// An effect may return nothing or a cleanup function, and React calls whatever it returns
// when the effect is torn down. `return window.scrollTo(0, y)` type-checks (the DOM types say
// scrollTo returns void) but Chromium 156's scrollTo returns a Promise, which React then
// calls: "TypeError: l is not a function" on Back. TypeScript cannot see this class of bug, so
// this rule allows an effect to return only what is visibly a cleanup: nothing, `undefined`,
// a function written in place, or a variable (that holds one). A call that hands back its own
// unsubscribe goes into a named const first: `const stop = subscribe(); return stop;`.

const EFFECT_HOOKS = new Set(['useEffect', 'useLayoutEffect', 'useInsertionEffect']);

const hookName = (callee) => {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier')
    return callee.property.name;
  return null;
};

/** True when `node`, returned from an effect, is certainly a cleanup or nothing. */
const isCleanup = (node) => {
  switch (node.type) {
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return true;
    case 'Identifier':
      return true; // `undefined`, or a variable that holds a cleanup
    case 'ConditionalExpression':
      return isCleanup(node.consequent) && isCleanup(node.alternate);
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
      return isCleanup(node.expression);
    default:
      return false;
  }
};

/** @type {import('eslint').Rule.RuleModule} */
export const effectReturnsCleanup = {
  meta: {
    type: 'problem',
    docs: { description: 'An effect returns nothing or a cleanup function, never another value.' },
    messages: {
      value:
        'An effect may return only a cleanup function: this returns the value of an expression, which React will call on cleanup. Run it as a statement, then `return;`.',
    },
    schema: [],
  },
  create(context) {
    const check = (effect) => {
      // An async effect returns a Promise, whatever its body says.
      if (effect.async) return context.report({ node: effect, messageId: 'value' });
      if (effect.type === 'ArrowFunctionExpression' && effect.expression) {
        if (!isCleanup(effect.body)) context.report({ node: effect.body, messageId: 'value' });
        return;
      }
      // Walk the effect's own body; returns inside nested functions belong to them.
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node !== effect.body && /Function/.test(node.type)) return;
        if (node.type === 'ReturnStatement') {
          if (node.argument && !isCleanup(node.argument))
            context.report({ node: node.argument, messageId: 'value' });
          return;
        }
        for (const key of Object.keys(node)) {
          if (key === 'parent') continue;
          const value = node[key];
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value.type === 'string') visit(value);
        }
      };
      visit(effect.body);
    };
    return {
      CallExpression(node) {
        if (!EFFECT_HOOKS.has(hookName(node.callee))) return;
        const effect = node.arguments[0];
        if (effect && /FunctionExpression$/.test(effect.type)) check(effect);
      },
    };
  },
};

export const localRules = { rules: { 'effect-returns-cleanup': effectReturnsCleanup } };
