// Stage names that are ordinary words tag only where the text uses them as names.
import { describe, expect, it } from 'vitest';
import { bytes, corpusOf } from './support.ts';

const registry = JSON.stringify({
  entities: [
    { id: 'red-velvet', name: 'Red Velvet', kind: 'group' },
    { id: 'joy-red-velvet', name: 'Joy', kind: 'person', memberOf: ['red-velvet'] },
    { id: 'girls-generation', name: "Girls' Generation", kind: 'group' },
    { id: 'sunny-girls-generation', name: 'Sunny', kind: 'person', memberOf: ['girls-generation'] },
    { id: 'shinee', name: 'SHINee', kind: 'group' },
    { id: 'key-shinee', name: 'Key', kind: 'person', memberOf: ['shinee'] },
    { id: 'monsta-x', name: 'MONSTA X', kind: 'group' },
    { id: 'i-m-monsta-x', name: 'I.M', kind: 'person', memberOf: ['monsta-x'] },
    { id: 'netflix', name: 'Netflix', kind: 'org' },
    { id: 'nevertheless', name: 'Nevertheless', kind: 'show', network: ['netflix'] },
  ],
});
const tagged = (text: string) => {
  const corpus = corpusOf(
    [{ path: 'seeds/a.txt', bytes: bytes(`• A Story\n\n${text}\n`) }],
    registry,
  );
  return corpus.articles[0]!;
};
const ids = (text: string) => tagged(text).tags.map((t) => t.id);

describe('names of single letters and ordinary-word titles', () => {
  it('match an initialism only as written', () => {
    expect(ids('I’m sure, said MONSTA X’s I.M.')).toEqual(['monsta-x', 'i-m-monsta-x']);
    expect(ids('He said I’m not done with MONSTA X.')).toEqual(['monsta-x']);
  });
  it('take no context from a network: Netflix relates to hundreds of shows', () => {
    expect(ids('The Netflix chief said, “Nevertheless, we grow.”')).toEqual(['netflix']);
  });
});

describe('stage names that are ordinary words', () => {
  it('tag the member where the text names them as one', () => {
    expect(ids('Red Velvet’s Joy thanked fans for the joy of the past decade.')).toEqual([
      'red-velvet',
      'joy-red-velvet',
    ]);
    expect(ids('On a sunny afternoon, Sunny of Girls’ Generation met fans.')).toEqual(
      expect.arrayContaining(['sunny-girls-generation']),
    );
    expect(ids('The key to the album, SHINee member Key said, is honesty.')).toEqual([
      'shinee',
      'key-shinee',
    ]);
  });
  it('never tag the ordinary word, even where the group is named', () => {
    expect(ids('It was a sunny afternoon. Fans found joy in the concert.')).toEqual([]);
    expect(ids('Joy filled the arena as Red Velvet sang.')).toEqual(['red-velvet']);
    const article = tagged('Red Velvet’s Joy thanked fans for the joy of the past decade.');
    const joy = article.mentions.filter((m) => m.id === 'joy-red-velvet');
    expect(joy.map((m) => m.start)).toEqual([13]);
  });
});
