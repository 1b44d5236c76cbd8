import Link from "next/link";
import { PART_SIZE, type DocumentPart } from "@/core/model/parts";
import { getT } from "@/i18n/server";
import type { Language } from "@/i18n/settings";

/** Which part of a long document is open, and links to the others (server-rendered; nothing for a one-part document). */
export function PartNavigator({ part, href, lng }: { part: DocumentPart; href: (part: number) => string; lng: Language }) {
  if (part.parts <= 1) return null;
  const t = getT(lng, "workbench");
  const number = (n: number) => n.toLocaleString(lng);
  const links: { key: "first" | "previous" | "next" | "last"; to: number; shown: boolean }[] = [
    { key: "first", to: 1, shown: part.part > 2 },
    { key: "previous", to: part.part - 1, shown: part.part > 1 },
    { key: "next", to: part.part + 1, shown: part.part < part.parts },
    { key: "last", to: part.parts, shown: part.part < part.parts - 1 },
  ];
  return (
    <nav className="part-navigator" aria-label={t("parts.label")} data-testid="part-navigator">
      <p>
        <strong data-testid="part-range">
          {t("parts.range", {
            part: part.part,
            parts: part.parts,
            first: number(part.offset + 1),
            last: number(Math.min(part.total, part.offset + PART_SIZE)),
            total: number(part.total),
          })}
        </strong>{" "}
        {links
          .filter((l) => l.shown)
          .map((l) => (
            <Link key={l.key} href={href(l.to)} className="button button--small" data-testid={`part-${l.key}`}>
              {t(`parts.${l.key}`)}
            </Link>
          ))}
      </p>
      <p className="hint">{t("parts.note")}</p>
    </nav>
  );
}
