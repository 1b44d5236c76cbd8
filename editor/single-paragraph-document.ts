import Document from "@tiptap/extension-document";

/** A document that holds exactly one paragraph: Enter cannot split a segment's target. */
export const SingleParagraphDocument = Document.extend({
  content: "paragraph",
});
