// Writes the web manifest's PNG icons into public/ from public/favicon.svg
// (scripts/lib/app-icons.ts). Run after changing the favicon: `npx tsx scripts/make-icons.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { APP_ICONS, drawIcon } from './lib/app-icons.ts';

const favicon = readFileSync('public/favicon.svg', 'utf8');
for (const icon of APP_ICONS) {
  const png = drawIcon(favicon, icon);
  writeFileSync(`public/${icon.file}`, png);
  console.log(`public/${icon.file}: ${icon.size} px, ${png.length} bytes`);
}
