// The install icons of the web manifest, drawn from public/favicon.svg with resvg: 192 and
// 512 px as the favicon is (rounded, "any"), and a 512 px maskable one whose rose fills the
// square (a phone cuts its own shape; the letter sits well inside the 80 % safe zone).
// `npx tsx scripts/make-icons.ts` writes them into public/; tests/unit/app-icons.test.ts
// checks the committed files are these bytes.
import { Resvg } from '@resvg/resvg-js';

export interface AppIcon {
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
}

export const APP_ICONS: AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

/** The favicon's SVG for an icon: the maskable one loses its rounded corners. */
export const iconSvg = (favicon: string, purpose: AppIcon['purpose']) =>
  purpose === 'maskable' ? favicon.replace(/\s+rx="[^"]*"/, '') : favicon;

export const drawIcon = (favicon: string, { size, purpose }: AppIcon): Buffer =>
  new Resvg(iconSvg(favicon, purpose), { fitTo: { mode: 'width', value: size } }).render().asPng();
