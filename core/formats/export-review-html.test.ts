import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { exportReviewHtml, formatCommentTime, formatExportTime, type ReviewDocument, type ReviewThread } from "./export-review-html";
import { HOSTILE, sampleDocument } from "./test-fixtures";

const GOLDEN = fileURLToPath(new URL("./__golden__/review.html", import.meta.url));

/**
 * The sample document with notes (one on two lines, one without author), comment threads (one on
 * words of the target with a reply, one resolved without author) and a fixed export time.
 */
function reviewDocument(): ReviewDocument {
  const doc = sampleDocument();
  const notes: Record<string, ReviewDocument["blocks"][number]["segments"][number]["notes"]> = {
    "Donald Trump a ordonné.": [
      { author: "Alice Martin", text: "« ordonné » : plutôt “ordered” ou “directed”?\nVoir la dépêche AFP." },
      { author: "Bob", text: "Keep “ordered”." },
    ],
    Soutien: [{ author: "", text: "Heading: check the style guide." }],
  };
  const threads: Record<string, ReviewThread[]> = {
    "Donald Trump a ordonné.": [
      {
        author: "Carla",
        createdAt: "2026-03-01T09:30:00.000Z",
        text: "Too strong?\nMaybe “told”.",
        quote: "ordered",
        resolved: false,
        replies: [{ author: "Alice Martin", createdAt: "2026-03-01T10:00:00.000Z", text: "No: the AFP says ordered." }],
      },
    ],
    Soutien: [{ author: "", createdAt: "2026-02-28T08:00:00.000Z", text: "Capitalised?", resolved: true, replies: [] }],
  };
  return {
    ...doc,
    exportedAt: new Date("2026-03-01T14:05:09Z"),
    blocks: doc.blocks.map((block) => ({
      ...block,
      segments: block.segments.map((s) => ({ ...s, notes: notes[s.source] ?? [], threads: threads[s.source] ?? [] })),
    })),
  };
}

/** Element names and attribute names as an HTML parser sees them. */
function parse(html: string): { tags: string[]; attributes: string[] } {
  const tags: string[] = [];
  const attributes: string[] = [];
  const parser = new Parser({ onopentag: (name, attrs) => (tags.push(name), attributes.push(...Object.keys(attrs))) });
  parser.write(html);
  parser.end();
  return { tags, attributes };
}

describe("exportReviewHtml", () => {
  const html = exportReviewHtml(reviewDocument());

  it("matches the golden file (UPDATE_GOLDEN=1 rewrites it)", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, html);
    expect(html).toBe(readFileSync(GOLDEN, "utf8"));
    expect(exportReviewHtml(reviewDocument())).toBe(html); // deterministic
  });

  it("is a standalone printable page: title, dates, inline CSS, CSP, no script and no external resource", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain("<h1>Anthropic et le Pentagone</h1>");
    expect(html).toContain('<p class="meta">Date 2026-02-28 · fr → en</p>');
    expect(html).toContain('<p class="meta">Exported 2026-03-01 14:05 UTC</p>');
    expect(html).toMatch(/<style>[\s\S]*@page \{ size: A4 landscape;[\s\S]*<\/style>/u);
    expect(html).toContain("default-src 'none'");
    const { tags, attributes } = parse(html);
    expect(tags).not.toContain("script");
    expect(tags).not.toContain("link");
    expect(attributes).not.toContain("src");
  });

  it("has the columns #, French, English, Status, Comments and one numbered row per segment", () => {
    expect(html).toContain(
      '<thead><tr><th scope="col">#</th><th scope="col">French</th><th scope="col">English</th><th scope="col">Status</th><th scope="col">Comments</th></tr></thead>',
    );
    expect(html.match(/<tr id="s\d+"|<tr class="heading[^"]*" id="s\d+"/gu)).toHaveLength(6);
    expect(html).toContain(
      '<tr id="s3"><td class="n">3</td><td lang="fr">Il a écrit sur X.</td><td lang="en" class="empty"></td><td><span class="status status-new">New</span></td><td></td></tr>',
    );
  });

  it("shows headings as full-width rows with both texts, their status and notes", () => {
    expect(html).toContain(
      '<tr class="heading level-2" id="s1"><td colspan="5"><span class="n">1</span> <span class="heading-text" lang="fr">Les décisions d’Anthropic</span><span class="heading-text" lang="en">Anthropic’s decisions</span><span class="status status-approved">Approved</span></td></tr>',
    );
    expect(html).toMatch(/<tr class="heading level-3" id="s6"><td colspan="5">.*Unknown author.*Heading: check the style guide\./u);
  });

  it("lists each note with its author, keeping line breaks as text", () => {
    expect(html).toContain(
      '<div class="notes"><div class="note"><div class="note-author">Alice Martin</div><div class="note-text">« ordonné » : plutôt “ordered” ou “directed”?\nVoir la dépêche AFP.</div></div><div class="note"><div class="note-author">Bob</div><div class="note-text">Keep “ordered”.</div></div>',
    );
    expect(html).toContain(".note-text { white-space: pre-wrap; }");
  });

  it("lists comment threads after the notes: author, date, quote, body with line breaks, replies marked and indented", () => {
    expect(html).toContain(
      '<div class="note"><div class="note-author">Bob</div><div class="note-text">Keep “ordered”.</div></div>' +
        '<div class="thread"><div class="note comment"><div class="note-author">Carla <span class="comment-date">2026-03-01 09:30 UTC</span></div><div class="comment-quote">“ordered”</div><div class="note-text">Too strong?\nMaybe “told”.</div></div>' +
        '<div class="note comment reply"><div class="note-author">↳ Alice Martin <span class="comment-date">2026-03-01 10:00 UTC</span></div><div class="note-text">No: the AFP says ordered.</div></div></div></div>',
    );
    expect(html).toContain(".reply { margin-left: .9rem; }");
  });

  it("marks a resolved thread with a word, not only a colour", () => {
    expect(html).toContain(
      '<div class="thread resolved"><div class="note comment"><div class="note-author">Unknown author <span class="comment-date">2026-02-28 08:00 UTC</span> <span class="comment-resolved">Resolved</span></div><div class="note-text">Capitalised?</div></div></div>',
    );
    expect(exportReviewHtml(reviewDocument(), { resolved: "Résolu" })).toContain('<span class="comment-resolved">Résolu</span>');
  });

  it("shows each status as a coloured label with its name, and uses the labels it is given", () => {
    expect(html).toContain('<span class="status status-translated">Translated</span>');
    expect(html).toMatch(/\.status-translated \{ background: #[0-9A-F]{6}; color: #[0-9A-F]{6}; \}/u);
    const french = exportReviewHtml(reviewDocument(), {
      lang: "fr",
      source: "Français",
      target: "Anglais",
      comments: "Commentaires",
      exported: "Exporté le",
      statuses: { approved: "Validé" },
    });
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('<th scope="col">Commentaires</th>');
    expect(french).toContain("Exporté le 2026-03-01 14:05 UTC");
    expect(french).toContain('<span class="status status-approved">Validé</span>');
    expect(french).toContain('<span class="status status-draft">Draft</span>'); // unlabelled statuses fall back to English
  });

  it("escapes hostile text everywhere: title, source, target, note and comment authors, bodies and quotes", () => {
    const doc = reviewDocument();
    doc.title = HOSTILE;
    doc.sourceLanguage = `fr" onclick="alert(1)`;
    doc.blocks[0].segments[0] = { source: HOSTILE, target: HOSTILE, status: "approved", notes: [{ author: HOSTILE, text: `${HOSTILE}\n<b>bold</b>` }] };
    doc.blocks[1].segments[0] = {
      source: HOSTILE,
      target: HOSTILE,
      status: "draft",
      notes: [{ author: `"><img src=x onerror=alert(2)>`, text: `</div></td></tr></table><script>alert(3)</script>` }],
    };
    const comment = {
      author: `<img src=x onerror=alert(4)>`,
      createdAt: `"><script>alert(5)</script>`,
      text: `<img src=x onerror=alert(1)>\n& <script>alert(6)</script>`,
    };
    doc.blocks[1].segments[1].threads = [{ ...comment, quote: `</div><img src=x onerror=alert(7)>`, resolved: true, replies: [comment] }];
    const out = exportReviewHtml(doc);
    expect(out).not.toMatch(/<script|<img|<b>|<\/table><script/iu);
    expect(out).not.toContain('onclick="alert');
    expect(out).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</title>");
    expect(out).toContain('<div class="note-text">&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;\n&lt;b&gt;bold&lt;/b&gt;</div>');
    expect(out).toContain('<div class="note-author">&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</div>');
    expect(out).toContain("&lt;/div&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(3)&lt;/script&gt;");
    expect(out).toContain(
      '<div class="note comment reply"><div class="note-author">↳ &lt;img src=x onerror=alert(4)&gt; <span class="comment-date">&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;</span></div><div class="note-text">&lt;img src=x onerror=alert(1)&gt;\n&amp; &lt;script&gt;alert(6)&lt;/script&gt;</div></div>',
    );
    expect(out).toContain('<div class="comment-quote">“&lt;/div&gt;&lt;img src=x onerror=alert(7)&gt;”</div>');
    const { tags, attributes } = parse(out);
    expect(
      tags.filter(
        (t) =>
          ![
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "h1",
            "p",
            "table",
            "colgroup",
            "col",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "span",
            "div",
          ].includes(t),
      ),
    ).toEqual([]);
    expect(attributes.filter((a) => a.startsWith("on"))).toEqual([]);
    expect(out.match(/<table>/gu)).toHaveLength(1);
  });
});

describe("formatExportTime", () => {
  it("is UTC to the minute", () => {
    expect(formatExportTime(new Date("2026-12-31T23:59:59.999Z"))).toBe("2026-12-31 23:59 UTC");
    expect(formatCommentTime("2026-12-31T23:59:59.999Z")).toBe("2026-12-31 23:59 UTC");
    expect(formatCommentTime("yesterday")).toBe("yesterday");
  });
});
