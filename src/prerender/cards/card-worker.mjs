// A share card worker (card-drawer.ts's pool). Plain JavaScript because a worker thread
// starts without the parent's TypeScript loader: this registers tsx, then imports the
// drawing code, and warms it up (fonts read, satori's layout engine compiled) before the
// first real card.
import { register } from 'tsx/esm/api';

register();
const { drawCard } = await import('./render-card.ts');
await drawCard({ eyebrow: 'Story', title: 'K-Wave 케이웨이브', chips: ['BTS'] });

/** @param {import('./share-card.tsx').CardContent} content */
export default (content) => drawCard(content);
