/**
 * XLIFF 2.1's change tracking module (§5.6): a revisions' ref names an element with that id in
 * the element holding the <ctr:changeTrack>; an item's property is "content" or an attribute the
 * element it tracks has.
 */

import type { XmlElement } from "../../tbx/read-xml";
import { elements } from "../xliff-elements";
import { descendants, descendantsIn } from "./tree";
import { violation, type XliffViolation } from "./violation";

const CTR_NS = "urn:oasis:names:tc:xliff:changetracking:2.0";

export function checkChangeTracking(root: XmlElement): XliffViolation[] {
  const out: XliffViolation[] = [];
  for (const holder of [root, ...descendants(root)]) {
    const tracks = elements(holder, CTR_NS, "changeTrack");
    if (tracks.length === 0) continue;
    const inside = descendants(holder).filter((e) => e.uri !== CTR_NS);
    for (const revisions of tracks.flatMap((track) => elements(track, CTR_NS, "revisions"))) {
      const { ref } = revisions.attributes;
      const tracked = ref === undefined ? undefined : inside.find((e) => e.attributes.id === ref);
      if (ref !== undefined && !tracked) {
        out.push(violation("CHANGE_TRACKING_REF", revisions, { ref }));
        continue;
      }
      if (!tracked) continue;
      for (const item of descendantsIn(revisions, CTR_NS, "item")) {
        const property = item.attributes.property;
        if (property !== undefined && property !== "content" && tracked.attributes[property] === undefined) {
          out.push(violation("CHANGE_TRACKING_PROPERTY", item, { property, element: tracked.name }));
        }
      }
    }
  }
  return out;
}
