// Ordinary news prose (sports, politics, business, weather) names no K-entertainment
// entity: the recognizer must find nothing in it, with the whole knowledge loaded.
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/content/knowledge/read-knowledge.ts';
import { runPipeline } from '../../src/content/pipeline.ts';
import { ROOT, bytes } from './support.ts';

const STORY = `• Markets Rally As Storm Irene Nears The Coast

Polls show Harris leading in two states, and records show Microsoft paid its fine on Monday.

The bill passed without a single Republican vote. The navy will track Russian submarines, NATO's Jens Stoltenberg said.

NATO member Finland and OPEC member Saudi Arabia met in Paris. The FBI's Christopher Wray testified on Tuesday.

Lakers stars LeBron James and Anthony Davis scored 60 points in the series Game 4 on Sunday.

Lisa Su, CEO of AMD, teamed up with OpenAI, and Coach Karina Smith praised the team.

Tropical Storm Irene brought rain to New York. The key to the recovery, analysts said, is joy in the markets.

He appeared in Des Moines on Friday, promising to lead Ukraine's allies.
`;

describe('ordinary news', () => {
  it('gets no K-entertainment tags', async () => {
    const result = runPipeline({
      seeds: [{ path: 'seeds/news.txt', bytes: bytes(STORY) }],
      registry: { path: 'seeds/entities.json', bytes: bytes('{"entities": []}') },
      knowledge: await readKnowledge(ROOT),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.corpus.articles[0]!.tags.map((t) => `${t.kind}:${t.name}`)).toEqual([]);
  }, 30_000);
});
