import { Fragment } from 'react';
import type { Block } from '../../../contract/model';

/** Keeps the seed's line breaks inside a block (verse, Q&A) without inventing paragraphs. */
function Lines({ lines }: { lines: string[] }) {
  return lines.map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
}

export function ArticleBody({ blocks }: { blocks: Block[] }) {
  return (
    // 60ch (the width of sixty zeros) comes to about 70 characters of English text a line,
    // inside the 60-75 range that reads best; measured by tests/browser/layout.test.ts.
    <div data-body className="max-w-[60ch] space-y-5 text-lg leading-relaxed">
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={index}>
                <Lines lines={block.lines} />
              </p>
            );
          case 'list':
            return (
              <ul key={index} className="list-disc space-y-1 pl-6">
                {block.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            );
          case 'quote':
            return (
              <blockquote
                key={index}
                className="border-l-4 border-rose-700 pl-4 text-zinc-700 italic dark:border-rose-300 dark:text-zinc-300"
              >
                <p>
                  <Lines lines={block.lines} />
                </p>
              </blockquote>
            );
        }
      })}
    </div>
  );
}
