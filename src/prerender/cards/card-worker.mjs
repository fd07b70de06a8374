// A share card worker (card-drawer.ts's pool). Plain JavaScript because a worker thread
// starts without the parent's TypeScript loader: this registers tsx, then imports the
// drawing code, and warms it up (fonts registered, the drawing code compiled) before the
// first real card.
import { register } from 'tsx/esm/api';

register();
const { drawCard } = await import('./render-card.ts');
await drawCard({ eyebrow: 'Story', title: 'K-Wave 케이웨이브', chips: ['BTS'] });

/**
 * Draws one card, then lets the event loop turn once before answering. A canvas (3 MB of
 * pixels, outside the JavaScript heap) is freed by a finalizer that Node runs from the
 * event loop: a worker that went from card to card without a turn held every picture it
 * drew (resvg's images: 15 GB after 2,400 cards).
 *
 * @param {import('./share-card.ts').CardContent} content
 */
export default async (content) => {
  const drawn = await drawCard(content);
  await new Promise((go) => setImmediate(go));
  return drawn;
};
