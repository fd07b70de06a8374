// The same story pasted into two files (or twice into one) would be published under two
// URLs, each looking like news. Stories are the same when their titles and texts are,
// spacing aside: the seeds come from copy and paste, which moves line breaks and spaces.
import type { Block } from '../../contract/model.ts';
import type { Problem } from '../problems.ts';
import { blockLines } from '../read/text.ts';

interface StoryText {
  file: string;
  line: number;
  title: string;
  body: Block[];
}

const blockText = (block: Block) => blockLines(block).join(' ');

/** Title and text with every run of whitespace made one space: equal keys, same story. */
export const storyKey = (story: StoryText) =>
  [story.title, ...story.body.map(blockText)].join(' ').replace(/\s+/g, ' ').trim();

/**
 * One problem per repeat, at the repeat, naming where the story first appeared. `keys`, if
 * given, holds each story's storyKey or a hash of it (the pipeline keeps hashes with the
 * seed files it read).
 */
export function duplicateStoryProblems(
  stories: readonly StoryText[],
  keys: readonly string[] = stories.map(storyKey),
): Problem[] {
  const first = new Map<string, StoryText>();
  return stories.flatMap((story, i) => {
    const key = keys[i]!;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, story);
      return [];
    }
    const message = `"${story.title}" is the same story as ${earlier.file}:${earlier.line} (same title and text): it would be published twice; keep one`;
    return [{ file: story.file, line: story.line, message }];
  });
}
