"use client";

import { useEffect, useState } from "react";
import { searchDocumentAction } from "@/actions/search";
import { PART_SIZE, type DocumentPart } from "@/core/model/parts";
import type { SearchScope } from "./search-results";
import type { FindFlags } from "./use-find";

export interface DocumentMatches {
  /** Matches in the whole document. */
  total: number;
  /** Number of the nearest segment with a match before the open part, and after it (null: none). */
  previous: number | null;
  next: number | null;
}

/** How long typing may pause before the server is asked: a book is read on every search. */
const SETTLE_MS = 250;

/**
 * The find bar's figures beyond the open part of a long document: the server searches the whole
 * document (server/documents/search-document.ts) once the query settles. Null for a one-part
 * document (the part is the document), for an invalid query, and until the answer for this query comes.
 */
export function useDocumentSearch(documentId: string, part: DocumentPart, query: string, flags: FindFlags, scope: SearchScope, valid: boolean) {
  const [answer, setAnswer] = useState<{ key: string; matches: DocumentMatches } | null>(null);
  const wanted = part.parts > 1 && valid && query !== "";
  const key = JSON.stringify([query, flags, scope]);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const timer = setTimeout(async () => {
      const around = { first: part.offset + 1, last: Math.min(part.total, part.offset + PART_SIZE) };
      const result = await searchDocumentAction({ documentId, query, ...flags, scope, around }).catch(() => null);
      if (current && result?.ok) setAnswer({ key, matches: result.value });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` stands for query, flags and scope.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, key, documentId, part.offset, part.total]);
  return wanted && answer?.key === key ? answer.matches : null;
}
