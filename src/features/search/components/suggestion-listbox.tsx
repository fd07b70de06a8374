// The popup of the header's search combobox. Loaded with the first keystroke, beside the
// suggester: a page's first load carries only the input.
import type { Suggestion } from '../api/suggest';
import { SuggestionLabel } from './suggestion-option';

interface SuggestionListboxProps {
  id: string;
  optionId: (index: number) => string;
  suggestions: Suggestion[];
  active: number;
  onChoose: (suggestion: Suggestion) => void;
}

export function SuggestionListbox({
  id,
  optionId,
  suggestions,
  active,
  onChoose,
}: SuggestionListboxProps) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Suggested tags"
      className="absolute top-full right-0 left-0 z-20 mt-1 max-h-96 overflow-y-auto rounded-md border border-zinc-300 bg-white py-1 shadow-lg dark:border-zinc-600 dark:bg-zinc-900"
    >
      {suggestions.map((s, i) => (
        // Options are chosen with the keyboard through the combobox (aria-activedescendant)
        // or with a pointer here; focus stays in the input throughout.
        <li
          key={s.tag.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          // mousedown, not click: the input keeps focus and the list stays until chosen.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(s);
          }}
          className={`cursor-pointer px-3 py-2 text-sm ${
            i === active
              ? 'bg-rose-50 dark:bg-zinc-800'
              : 'hover:bg-zinc-100 dark:hover:bg-zinc-800'
          }`}
        >
          <SuggestionLabel suggestion={s} />
        </li>
      ))}
    </ul>
  );
}
