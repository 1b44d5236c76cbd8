import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import type { TermEntryFields } from "./term-entry-fields";

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** An existing entry completed by an imported one: empty fields filled, term lists joined. */
export function mergeFields(current: TermbaseEntry, incoming: TermEntryFields): TermEntryFields {
  const pick = (mine: string | undefined, theirs: string) => (mine ? mine : theirs);
  return {
    source: current.source,
    preferred: pick(current.preferred, incoming.preferred),
    admitted: union(current.admitted ?? [], incoming.admitted).filter((t) => t !== pick(current.preferred, incoming.preferred)),
    forbidden: union(current.forbidden ?? [], incoming.forbidden),
    definition: pick(current.definition, incoming.definition),
    note: pick(current.note, incoming.note),
    domain: pick(current.domain, incoming.domain),
    partOfSpeech: pick(current.partOfSpeech, incoming.partOfSpeech),
    sourceUrl: pick(current.sourceUrl, incoming.sourceUrl),
  };
}

