// Ordinary English words (an-array-of-english-words, ~275k words). A one-word name that
// is also a word ("Joy", "Key", "Signal") is tagged only where the text uses it as a name.
import { createRequire } from 'node:module';

let words: Set<string> | undefined;

export const isEnglishWord = (word: string) => {
  if (!words) {
    const require = createRequire(import.meta.url);
    words = new Set(require('an-array-of-english-words') as string[]);
  }
  return words.has(word.toLowerCase());
};
