import { useState, type ChangeEvent } from 'react';
import { asStars, readStars, updateStars, type Stars } from '../../lib/stars';
import { buttonClass, jsOnlyClass, mutedTextClass } from '../ui/styles';

/** What an export file says it is, so an import can tell it from any other JSON. */
const FORMAT = 'kwave-reader-stars';

const union = <T,>(a: T[], b: T[], key: (x: T) => string) => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
};

/** Follows, saves and read marks of a file added to this browser's (nothing here is lost). */
export const mergeStars = (mine: Stars, theirs: Stars): Partial<Stars> => ({
  follows: union(mine.follows, theirs.follows, (t) => t.id),
  saved: union(mine.saved, theirs.saved, (s) => s.slug),
  read: [...new Set([...mine.read, ...theirs.read])],
});

/** The export file's text: the marks a reader would move, not this browser's visit times. */
export const exportText = ({ follows, saved, read }: Stars) =>
  JSON.stringify({ format: FORMAT, version: 1, follows, saved, read }, null, 1);

/** The marks in an export file's text, or null when it is not one. */
export const parseExport = (text: string): Stars | null => {
  try {
    const value = JSON.parse(text) as { format?: unknown };
    return value?.format === FORMAT ? asStars(value) : null;
  } catch {
    return null;
  }
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Export and Import of follows, saves and read marks as a small JSON file: no account, so
 * this is how a reader moves them to another browser or device.
 */
export function StarsTransfer() {
  const [status, setStatus] = useState('');
  const download = () => {
    const url = URL.createObjectURL(
      new Blob([exportText(readStars())], { type: 'application/json' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = 'kwave-reader-stars.json';
    a.click();
    URL.revokeObjectURL(url);
    setStatus('Exported to kwave-reader-stars.json.');
  };
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const theirs = parseExport(await file.text());
    if (!theirs) return setStatus(`${file.name} is not a K-Wave Reader export.`);
    updateStars((mine) => mergeStars(mine, theirs));
    setStatus(
      `Imported ${plural(theirs.follows.length, 'follow', 'follows')}, ${plural(theirs.saved.length, 'saved story', 'saved stories')} and ${plural(theirs.read.length, 'read mark', 'read marks')}.`,
    );
  };
  return (
    <section id="transfer" aria-labelledby="transfer-heading" className="mt-12">
      <h2 id="transfer-heading" className="text-lg font-bold">
        Move to another device
      </h2>
      <p className={`mt-1 max-w-prose text-sm ${mutedTextClass}`}>
        What you follow, save and have read is kept in this browser only. Export it as a file, then
        import the file in another browser.
      </p>
      {/* The buttons need the script; the text reads without it (and paints with the page). */}
      <div className={`mt-3 flex flex-wrap items-center gap-2 ${jsOnlyClass}`}>
        <button type="button" className={buttonClass} onClick={download}>
          Export
        </button>
        <label className={`${buttonClass} cursor-pointer focus-within:outline-2`}>
          Import
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => void upload(e)}
          />
        </label>
      </div>
      <p role="status" className="mt-2 text-sm">
        {status}
      </p>
    </section>
  );
}
