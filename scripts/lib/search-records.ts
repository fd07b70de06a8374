// The full-text records of a built site, made again from its data by the page-type table's
// own code (src/prerender/page-types.ts), in the order the build adds them: what a test
// needs to build the one index the parts are compared with (tests/browser/search-parts.test.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PageSource } from '../../src/prerender/page-type.ts';
import { pageTypes } from '../../src/prerender/page-types.ts';
import type { SearchRecord } from '../../src/prerender/search-record.ts';

export const readSearchRecords = async (dist: string): Promise<SearchRecord[]> => {
  const source: PageSource = {
    read: async (path) => JSON.parse(await readFile(join(dist, path), 'utf8')),
    list: async (folder) => (await readdir(join(dist, folder))).filter((f) => f.endsWith('.json')),
  };
  const records: SearchRecord[] = [];
  for (const type of Object.values(pageTypes)) {
    if (!type.fullText) continue;
    for (const page of await type.pages(source))
      records.push(type.fullText.record(await page.load(), page.url));
  }
  return records;
};

/** One Pagefind bundle of every record, in memory: the index as it was before parts. */
export const buildOneIndex = async (records: SearchRecord[]) => {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`createIndex: ${errors.join('; ')}`);
  for (const { url, content } of records) await index.addHTMLFile({ url, content });
  const { files } = await index.getFiles();
  await pagefind.close();
  return files;
};
