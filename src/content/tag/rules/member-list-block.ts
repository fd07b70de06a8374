// Members listed over several lines, which a rule of one line cannot see: one a line under
// an opening line ("The final seven members of LOOP/7 are:" then "- 1st: Seo Do-hyeon
// (서도현)"), and stage names a later line pairs with them ("under the stage names Dohyeon,
// Riku and Kit, respectively"). discover.ts runs both over a story's lines in order.
import { ITEM, groupNameAt, isNameWord } from './new-act.ts';
import type { Discovery, RuleContext, RuleLine } from './rule.ts';

/** A line that opens a list of members on the lines below: "The seven members of X are:". */
const BLOCK_OPENER = /\b(?:members|line-?up)\b[^:]*:\s*$/iu;
/** What stands before a name in a list item: "-", "1.", "1st:", "Leader:". */
const ITEM_LEAD = /^(?:[-*•]\s*)?(?:\d+(?:st|nd|rd|th)?[.:)]?\s*)?(?:[\p{L} ]{1,20}:\s*)?/u;

/**
 * Members listed one a line under an opening line ("The final seven members of LOOP/7 are:"
 * then "- 1st: Seo Do-hyeon (서도현)"): the rule that reads a story's lines in order, as a
 * single line's rule cannot. Items end at the first line that is no short list item.
 */
export const membersInListBlocks = (lines: RuleLine[], context: RuleContext): Discovery[] => {
  const found: Discovery[] = [];
  lines.forEach((line, i) => {
    if (!line.text.trimEnd().endsWith(':') || !BLOCK_OPENER.test(line.text)) return;
    const of = /\bof[ \t]+/u.exec(line.text);
    const named = of ? groupNameAt(line, of.index + of[0].length) : undefined;
    const group = named && context.known(named.name)?.kind !== 'person' ? named.name : undefined;
    for (const item of lines.slice(i + 1)) {
      if (item.text.length > 80 || item.line !== lines[lines.indexOf(item) - 1]!.line + 1) break;
      const lead = ITEM_LEAD.exec(item.text)?.[0].length ?? 0;
      const korean = item.names.find((n) => n.sure && n.start === lead);
      const run = korean ? undefined : ITEM.exec(item.text.slice(lead));
      const name = korean?.text ?? run?.[1];
      if (!name || !isNameWord(name.split(' ')[0]!)) break;
      const alias = /^[ \t]*\(([\uac00-\ud7a3 ]{1,20})\)/u.exec(
        item.text.slice(lead + name.length),
      )?.[1];
      found.push({
        name,
        kind: 'person',
        rule: 'new-act',
        line: item.line,
        start: lead,
        end: lead + name.length,
        ...(alias ? { alias: alias.trim() } : {}),
        ...(group ? { memberOf: group } : {}),
      });
    }
  });
  return found;
};

/**
 * "... under the stage names Dohyeon, Riku and Kit, respectively": each stage name is the
 * member listed at the same place on the lines above (one a line), so the two are one person.
 */
export const pairRespectively = (found: Discovery[], lines: RuleLine[]): Discovery[] => {
  const members = found.filter((d) => d.rule === 'new-act' && d.kind === 'person');
  const out = new Map(found.map((d) => [d, d]));
  for (const line of lines) {
    if (!/\brespectively\b/i.test(line.text)) continue;
    const stage = members.filter((d) => d.line === line.line);
    const listed = members.filter((d) => d.line < line.line).slice(-stage.length);
    const oneALine = listed.every((d, i) => i === 0 || d.line === listed[i - 1]!.line + 1);
    if (stage.length < 2 || listed.length !== stage.length || !oneALine) continue;
    stage.forEach((d, i) => {
      const legal = listed[i]!;
      out.set(d, { ...d, alias: legal.name, memberOf: d.memberOf ?? legal.memberOf });
    });
  }
  return found.map((d) => out.get(d)!);
};
