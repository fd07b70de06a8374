import { readKnowledge } from '../src/content/knowledge/read-knowledge.ts';
import { buildKnowledge } from '../src/content/knowledge/build-knowledge.ts';
import { indexKnowledge } from '../src/content/tag/knowledge-index.ts';
import { prepareArticle } from '../src/content/tag/prepare.ts';
import { knownMentions } from '../src/content/tag/mentions.ts';
const k = buildKnowledge(await readKnowledge('/work/main'), { path: 'x', text: '{"entities":[]}' });
if (!k.ok) throw 1;
const index = indexKnowledge(k.knowledge);
const text = process.argv[2]!;
const a = prepareArticle({
  file: 'x',
  line: 1,
  title: 'T',
  body: [{ type: 'paragraph', lines: [text] }],
  blockLines: [3],
});
for (const c of knownMentions(a, index))
  console.log(
    c.written,
    c.values.map((v) => `${v}:${index.byId.get(v)?.kind}`),
    c.weak,
    c.wordy,
  );
