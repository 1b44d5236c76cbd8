import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import type { TermEntryFields } from "./term-entry-fields";

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * An existing entry completed by an imported one: empty fields filled, term lists joined. What the
 * entry already says wins: a different preferred equivalent from the file becomes an admitted one,
 * and nothing the entry forbids becomes admitted.
 */
export function mergeFields(current: TermbaseEntry, incoming: TermEntryFields): TermEntryFields {
  const pick = (mine: string | undefined, theirs: string) => (mine ? mine : theirs);
  const preferred = pick(current.preferred, incoming.preferred);
  const forbidden = current.forbidden ?? [];
  return {
    source: current.source,
    preferred,
    admitted: union(current.admitted ?? [], [incoming.preferred, ...incoming.admitted]).filter((t) => t !== "" && t !== preferred && !forbidden.includes(t)),
    forbidden: union(current.forbidden ?? [], incoming.forbidden),
    definition: pick(current.definition, incoming.definition),
    note: pick(current.note, incoming.note),
    domain: pick(current.domain, incoming.domain),
    partOfSpeech: pick(current.partOfSpeech, incoming.partOfSpeech),
    sourceUrl: pick(current.sourceUrl, incoming.sourceUrl),
    // The entry keeps its concept; TBX details fill an entry that has none, never replace them.
    ...(current.details ? {} : incoming.details ? { details: incoming.details } : {}),
  };
}
