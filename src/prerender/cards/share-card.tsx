/** @jsxImportSource satori/jsx */
// The 1200x630 share picture, as elements satori lays out (flexbox only, inline styles,
// no hooks): not rendered by react-dom, and built with satori's own JSX runtime, so it
// never touches the React copy the page renderer uses. One template for stories, tags and the site.
import { BRAND, SITE_NAME } from '../../config/site.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardContent {
  /** Small line above the title: "Story", "Show · 12 stories". */
  eyebrow: string;
  title: string;
  /** Up to three names (people, a show) drawn as chips under the title. */
  chips: string[];
}

/**
 * Headline sizes by length: a chat preview shows the card at ~500 px wide, where 64 px
 * text is still 27 px tall; long headlines step down rather than lose their ending.
 */
const titleSize = (title: string) =>
  title.length <= 40 ? 80 : title.length <= 70 ? 68 : title.length <= 110 ? 58 : 50;

const MAX_TITLE = 160;
/** Cuts at a word boundary where one is near the limit, so no word ends half-written. */
const clip = (text: string, max: number) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:—-]+$/, '')}…`;
};

function Logo() {
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 64,
        height: 64,
        borderRadius: 14,
        background: '#ffffff',
        color: BRAND.colour,
        fontSize: 44,
        fontWeight: 800,
      }}
    >
      K
    </div>
  );
}

export function ShareCard({ eyebrow, title, chips }: CardContent) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        boxSizing: 'border-box',
        padding: '56px 72px',
        backgroundColor: BRAND.colour,
        color: '#ffffff',
        fontFamily: 'Nanum Gothic',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center' }}>
        <Logo />
        <div style={{ marginLeft: 20, fontSize: 40, fontWeight: 800 }}>{SITE_NAME}</div>
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
        }}
      >
        <div style={{ fontSize: 30, fontWeight: 700, color: BRAND.light }}>{eyebrow}</div>
        <div
          style={{
            marginTop: 12,
            fontSize: titleSize(title),
            fontWeight: 800,
            lineHeight: 1.18,
            // Korean breaks between words, as it is written, not inside one.
            wordBreak: 'keep-all',
          }}
        >
          {clip(title, MAX_TITLE)}
        </div>
      </div>
      <div style={{ display: 'flex', height: 64 }}>
        {chips.map((chip, index) => (
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              marginLeft: index ? 16 : 0,
              padding: '0 26px',
              borderRadius: 32,
              backgroundColor: '#ffffff',
              color: BRAND.dark,
              fontSize: 34,
              fontWeight: 700,
            }}
          >
            {clip(chip, 28)}
          </div>
        ))}
      </div>
    </div>
  );
}
