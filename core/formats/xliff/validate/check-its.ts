/**
 * XLIFF 2.1's ITS module (its.sch): ITS markup needs its:version in scope; ITS annotations on <mrk>
 * or <sm> have no type or type="its:generic"; attributes that exclude or need each other; a
 * locQualityIssuesRef names an <its:locQualityIssues> of its unit; issues and provenance records
 * say something; stand-off ids are unique in their unit.
 */

import type { XmlElement } from "../../tbx/read-xml";
import { elements, nsAttribute } from "../xliff-elements";
import { ITS_NS } from "../xliff-model";
import { descendants, descendantsIn, repeated } from "./tree";
import { violation, type XliffViolation } from "./violation";

const ITSM_NS = "urn:oasis:names:tc:xliff:itsm:2.1";
const XML_ID = "{http://www.w3.org/XML/1998/namespace}id";
const ANNOTATION_ATTRIBUTES = [
  "annotatorsRef",
  "locQualityIssuesRef",
  "locQualityIssueType",
  "locQualityIssueComment",
  "locQualityRatingScore",
  "locQualityRatingVote",
  "taIdentRef",
  "taSource",
  "taIdent",
  "taClassRef",
  "lang",
  "mtConfidence",
  "provenanceRecordsRef",
  "allowedCharacters",
  "localeFilterList",
];
const PROVENANCE = ["org", "orgRef", "person", "personRef", "revOrg", "revOrgRef", "revPerson", "revPersonRef", "revTool", "revToolRef", "tool", "toolRef"];

const usesIts = (element: XmlElement): boolean =>
  element.uri === ITS_NS || Object.keys(element.expanded ?? {}).some((name) => name.startsWith(`{${ITS_NS}}`) || name.startsWith(`{${ITSM_NS}}`));

export function checkIts(root: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  const its = (element: XmlElement, local: string) => nsAttribute(element, ITS_NS, local);
  const problem = (element: XmlElement, text: string) => out.push(violation("ITS", element, { problem: text }));
  for (const file of elements(root, ns, "file")) {
    const fileVersion = its(root, "version") ?? its(file, "version");
    for (const element of [file, ...descendants(file)]) {
      if (fileVersion === undefined && usesIts(element)) {
        const unit = element.name === "unit" ? element : undefined;
        if (!unit || its(unit, "version") === undefined) problem(element, "its:version is not declared on <xliff> or <file>");
      }
    }
  }
  for (const element of descendants(root)) {
    const has = (local: string) => its(element, local) !== undefined;
    const isAnnotation = element.uri === ns && (element.name === "mrk" || element.name === "sm");
    if (isAnnotation && ANNOTATION_ATTRIBUTES.some(has) && element.attributes.type !== undefined && element.attributes.type !== "its:generic") {
      problem(element, `an ITS annotation has type "${element.attributes.type}" instead of its:generic`);
    }
    if (has("locQualityIssuesRef")) {
      const excluded = [
        "locQualityIssueType",
        "locQualityIssueComment",
        "locQualityIssueSeverity",
        "locQualityIssueProfileRef",
        "locQualityIssueEnabled",
      ].filter(has);
      if (excluded.length > 0) problem(element, `its:locQualityIssuesRef excludes its:${excluded[0]}`);
    }
    if (has("locQualityRatingScore") && has("locQualityRatingVote"))
      problem(element, "its:locQualityRatingScore and its:locQualityRatingVote exclude each other");
    if (has("taIdentRef") && (has("taSource") || has("taIdent"))) problem(element, "its:taIdentRef excludes its:taSource and its:taIdent");
    else if (has("taSource") !== has("taIdent")) problem(element, "its:taSource and its:taIdent come together");
    if (has("provenanceRecordsRef") && PROVENANCE.some(has)) problem(element, "its:provenanceRecordsRef excludes the provenance attributes");
    if (/\s\||\|\s/u.test(its(element, "annotatorsRef") ?? "")) problem(element, "its:annotatorsRef has whitespace around a vertical bar");
    if (
      element.uri === ITS_NS &&
      element.name === "locQualityIssue" &&
      !["locQualityIssueType", "locQualityIssueComment"].some((a) => element.attributes[a] !== undefined)
    ) {
      problem(element, "an its:locQualityIssue needs locQualityIssueType or locQualityIssueComment");
    }
    if (element.uri === ITS_NS && element.name === "provenanceRecord" && !PROVENANCE.some((a) => element.attributes[a] !== undefined)) {
      problem(element, "an its:provenanceRecord says nothing about who or what");
    }
  }
  for (const unit of descendantsIn(root, ns, "unit")) out.push(...standOff(unit, its));
  return out;
}

/** Stand-off ITS in a unit: unique xml:ids, and each locQualityIssuesRef naming one of them. */
function standOff(unit: XmlElement, its: (element: XmlElement, local: string) => string | undefined): XliffViolation[] {
  const out: XliffViolation[] = [];
  const records = descendantsIn(unit, ITS_NS, "locQualityIssues", "provenanceRecords");
  for (const twice of repeated(records, (e) => e.expanded?.[XML_ID])) {
    out.push(violation("ITS", twice, { problem: `the xml:id "${twice.expanded?.[XML_ID] ?? ""}" is used twice in its unit` }));
  }
  const issueIds = new Set(descendantsIn(unit, ITS_NS, "locQualityIssues").map((e) => e.expanded?.[XML_ID]));
  for (const element of descendants(unit)) {
    const ref = its(element, "locQualityIssuesRef");
    if (ref !== undefined && ref.startsWith("#") && !issueIds.has(ref.replace(/^#(its=)?/u, ""))) {
      out.push(violation("ITS", element, { problem: `its:locQualityIssuesRef="${ref}" names no its:locQualityIssues of its unit` }));
    }
  }
  return out;
}
