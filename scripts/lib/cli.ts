// Command-line options of the npm scripts: `npm run audit -- --runs 5 --pages story,tag`.
// One reading of process.argv for every script, so they all take options the same way.
const args = process.argv.slice(2);

/** The value after `--name`, or undefined when the option or its value is missing. */
export const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : undefined;
};

/** Whether `--name` was given. */
export const flag = (name: string): boolean => args.includes(`--${name}`);
