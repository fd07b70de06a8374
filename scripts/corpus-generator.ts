// Deterministic synthetic seed files for benchmarks and large-corpus tests.

const PEOPLE = [
  'Lee Jae Kyu',
  'Steve Yoo',
  'Yoo Seung Jun',
  'Jungkook',
  'Cho Yi Hyun',
  'Yoon Chan Young',
  'Park Ji-hu',
  'Lee Jae-kyu',
];
const SHOWS = [
  'All of Us Are Dead',
  'Squid Game',
  'Queen of Tears',
  'Moving',
  'Vincenzo',
  'Crash Landing on You',
];
const GIVEN = ['Min', 'Ji', 'Soo', 'Hye', 'Jun', 'Woo', 'Seo', 'Ha', 'Yeon', 'Tae', 'Eun', 'Hyun'];
const FAMILY = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'];
const ROLES = ['Actor', 'Actress', 'Director', 'Singer', 'Writer', 'Producer'];
const HANGUL = ['방탄소년단 새 앨범 발표', '지금 우리 학교는 시즌 2 확정', '배우 인터뷰 공개'];
const TRAILERS = [
  'Source (1)',
  'Source[1]',
  'Sources [2]',
  'SOURCE {3}',
  'Leave a Reply',
  'Source: (4)',
];

// Stories are dated a few hours apart, ending on a fixed day whatever the count: a corpus
// spread over years, as a real archive is (the search index is split by story date), and
// the same bytes on every run (no file dates, which would make every story "3 minutes ago").
export const LAST_DATE = Date.UTC(2026, 10, 30, 9);
const HOURS_APART = 5;
const dateOf = (n: number, articles: number) =>
  new Date(LAST_DATE - (articles - 1 - n) * HOURS_APART * 3_600_000)
    .toISOString()
    .replace(/:00\.000Z$/, 'Z');

/** A small seeded random generator, so the same count always gives the same corpus. */
const random = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

export interface GeneratedFile {
  name: string;
  bytes: Uint8Array;
}

export const generateCorpus = (articles: number, perFile = 40): GeneratedFile[] => {
  const rand = random(articles);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const name = () =>
    `${pick(FAMILY)} ${pick(GIVEN)} ${pick(GIVEN).toLowerCase() === 'ji' ? 'Woo' : pick(GIVEN)}`;
  const article = (n: number) => {
    const show = pick(SHOWS);
    const title =
      rand() < 0.05
        ? `${pick(HANGUL)} ${n}`
        : `${pick(PEOPLE)} Talks About “${show}” In Interview Number ${n}`;
    const newcomer = name();
    const body = [
      `${pick(ROLES)} ${newcomer} joined the cast of the drama "${show}", the story number ${n} says.`,
      `${pick(PEOPLE)} said, “We worked hard on ‘${show}’ and we hope viewers enjoy it.” ${pick(PEOPLE)} agreed.`,
      `The show broke records:\n\nFirst place in ${1 + Math.floor(rand() * 90)} countries\nA new streaming high\nThe longest run on the chart`,
      `"This is the best drama of the year!"\n“${newcomer} was amazing”\n"Season 2 please!"`,
      'Meanwhile, fans around the world are waiting for the next episode. '
        .repeat(1 + Math.floor(rand() * 6))
        .trim(),
    ];
    return { title, body };
  };
  const files: GeneratedFile[] = [];
  for (let start = 0, f = 0; start < articles; start += perFile, f++) {
    const count = Math.min(perFile, articles - start);
    const layout = f % 4;
    const indent = layout === 1 ? '\t' : layout === 2 ? '    ' : '';
    const parts = Array.from({ length: count }, (_, i) => {
      const { title, body } = article(start + i);
      const bullet = layout === 3 && i === 0 ? '' : `${i % 2 ? '  ' : ''}• `;
      const lines = body.flatMap((p) => [...p.split('\n').map((l) => (l ? indent + l : l)), '']);
      return [
        `${bullet}${title}`,
        `${indent}Date: ${dateOf(start + i, articles)}`,
        '',
        ...lines,
        pick(TRAILERS),
        '',
      ].join('\n');
    });
    let text = parts.join('\n');
    if (f % 5 === 0) text = text.replace(/\n/g, '\r\n');
    const bom = f % 7 === 0 ? '\uFEFF' : '';
    files.push({
      name: `${String(f).padStart(5, '0')}_bench.txt`,
      bytes: new TextEncoder().encode(bom + text),
    });
  }
  return files;
};
