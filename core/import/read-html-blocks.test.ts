import { describe, expect, it } from "vitest";
import { readHtmlBlocks } from "./read-html-blocks";

describe("readHtmlBlocks", () => {
  it("keeps headings and paragraphs as text, drops markup and scripts", () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body>
      <h1>Anthropic&rsquo;s decisions</h1>
      <p>Donald Trump <b>ordered</b> agencies to stop.<br>Then <a href="x">more</a>.</p>
      <script>alert(1)</script>
      <ul><li>One item</li><li>Two &amp; three</li></ul>
      <p><img src=x onerror=alert(1)>Last.</p></body></html>`;
    expect(readHtmlBlocks(html)).toEqual([
      { kind: "heading", level: 1, text: "Anthropic’s decisions" },
      { kind: "paragraph", text: "Donald Trump ordered agencies to stop. Then more." },
      { kind: "paragraph", text: "One item" },
      { kind: "paragraph", text: "Two & three" },
      { kind: "paragraph", text: "Last." },
    ]);
  });

  it("returns nothing for markup without text", () => {
    expect(readHtmlBlocks("<div><script>x</script><p> </p></div>")).toEqual([]);
  });
});
