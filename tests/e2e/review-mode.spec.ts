import { expect, test, type Browser, type Page } from "@playwright/test";
import { createInvitation, joinProject, signUpInNewContext } from "./accounts";
import { expectAllSaved, importPasted, retranslate, row } from "./helpers";

const TOM = { name: "Tom Translator", email: "tom@example.test", password: "tom's long password" };
const RITA = { name: "Rita Reviewer", email: "rita@example.test", password: "rita's long password" };

/** The owner invites an account to the project with a role; the invitee signs up and joins. */
async function join(owner: Page, browser: Browser, projectUrl: string, account: typeof TOM, role: string) {
  const link = await createInvitation(owner, projectUrl, account.email, role);
  const invitee = await signUpInNewContext(browser, account, link);
  await joinProject(invitee.page);
  return invitee.page;
}

/** Review mode's segment n in the English (or French) column. */
const seg = (page: Page, n: number, side: "source" | "target" = "target") => page.getByTestId(`review-${side}`).locator(`[data-number="${n}"]`);

test("a translator translates, a reviewer edits, rejects with a comment and approves in review mode, the translator fixes, history shows every step", async ({
  page,
  browser,
}) => {
  const documentUrl = await importPasted(
    page,
    "Relecture croisée",
    "Le Pentagone exige des garanties. Anthropic refuse de céder. Le contrat reste en vigueur.",
  );
  const projectUrl = documentUrl.replace(/\/documents\/.*$/, "");
  const tom = await join(page, browser, projectUrl, TOM, "translator");
  const rita = await join(page, browser, projectUrl, RITA, "reviewer");

  // Tom translates the three segments.
  await tom.goto(documentUrl);
  await row(tom, 1).getByTestId("segment-target").click();
  for (const text of ["The Pentagon wants guarantees.", "Anthropic refuses to yield.", "The contract remains in force."]) {
    await expect(tom.getByTestId("target-editor")).toBeFocused();
    await tom.keyboard.type(text);
    await tom.keyboard.press("Control+Enter");
  }
  await expectAllSaved(tom);
  await expect(row(tom, 3)).toHaveAttribute("data-status", "translated");

  // Rita opens review mode from the document page.
  await rita.goto(documentUrl);
  await rita.getByTestId("open-review").click();
  await expect(seg(rita, 1)).toHaveText("The Pentagon wants guarantees.");
  await expect(seg(rita, 1, "source")).toHaveText("Le Pentagone exige des garanties.");

  // She corrects segment 1: the edit shows as a tracked change against Tom's words.
  await seg(rita, 1).click();
  const inspector = rita.getByTestId("review-inspector");
  await expect(inspector.getByTestId("target-editor")).not.toBeFocused(); // keys still move between segments
  await rita.keyboard.press("Enter");
  await expect(inspector.getByTestId("target-editor")).toBeFocused();
  await rita.keyboard.press("Control+a");
  await rita.keyboard.type("The Pentagon demands guarantees.");
  await expect(inspector.getByTestId("tracked-change")).toBeVisible();
  await expect(inspector.getByTestId("tracked-change").locator("del")).toHaveText("wants");
  await expect(inspector.getByTestId("tracked-change").locator("ins")).toHaveText("demands");
  await expect(seg(rita, 1).locator("ins")).toHaveText("demands");
  await expectAllSaved(rita);

  // She leaves the text (Esc), moves on with J and rejects segment 2 with a reason (Alt+R).
  await rita.keyboard.press("Escape");
  await rita.keyboard.press("j");
  await expect(inspector.getByRole("heading", { level: 2 })).toHaveText("Segment 2");
  await expect(inspector.getByTestId("target-editor")).toHaveText("Anthropic refuses to yield.");
  await rita.keyboard.press("Alt+r");
  const dialog = rita.getByTestId("reject-dialog");
  await dialog.getByLabel("Why? (kept as a comment for the translator)").fill("“Yield” is too weak:\nsay “give in”.");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog).toBeHidden();
  await expect(seg(rita, 2)).toHaveAttribute("data-status", "rejected");
  await expect(rita.getByTestId("review-target").getByTestId("comment-count")).toHaveText("1");

  // Rejecting moved on to segment 3, which she approves.
  await expect(rita.getByTestId("inspector-status")).toHaveText("Translated");
  await inspector.getByTestId("approve").click();
  await expect(seg(rita, 3)).toHaveAttribute("data-status", "approved");
  await expectAllSaved(rita);
  await rita.getByTestId("review-filter").selectOption({ label: "With open comments (1)" });
  await expect(rita.locator(".review-seg--dimmed")).toHaveCount(4); // segments 1 and 3, in both columns

  // Tom sees the rejection, the tracked change and the comment in his grid.
  await tom.reload();
  await expect(row(tom, 2)).toHaveAttribute("data-status", "rejected");
  await expect(row(tom, 3)).toHaveAttribute("data-status", "approved");
  await expect(row(tom, 1).getByTestId("segment-target").locator("ins")).toHaveText("demands");
  // He accepts Rita's edit: the diff goes, her words stay.
  await row(tom, 1).getByTestId("tracked-actions").getByRole("button", { name: "Accept the reviewer’s edits" }).click();
  await expect(row(tom, 1).getByTestId("segment-target")).toHaveText("The Pentagon demands guarantees.");
  await expect(row(tom, 1).getByTestId("segment-target").locator("ins")).toHaveCount(0);
  await row(tom, 2).getByTestId("comments-button").click();
  const panel = tom.getByTestId("comments-panel");
  await expect(panel.getByTestId("comment-body")).toHaveText("“Yield” is too weak:\nsay “give in”.");
  await expect(panel.getByTestId("comment")).toContainText(RITA.name);
  await panel.getByRole("button", { name: "Reply" }).click();
  await tom.keyboard.type("Done, thanks.");
  await panel.getByRole("button", { name: "Send reply" }).click();
  await expect(panel.getByTestId("comment")).toHaveCount(2);

  // He fixes segment 2 and sends it back as translated.
  await retranslate(tom, 2, "Anthropic refuses to give in.");
  await expect(row(tom, 2)).toHaveAttribute("data-status", "translated");

  // The history of segment 2 shows each step, by whom, with word diffs.
  await row(tom, 2).getByRole("button", { name: "History of segment 2" }).click();
  const history = tom.getByTestId("history-panel");
  const revisions = history.getByTestId("revision");
  // Newest first: Tom's fix, Rita's rejection (of Tom's words, unchanged), Tom's translation. Autosave
  // may add drafts between them, so the fix is compared with the rejected text explicitly.
  await expect(revisions.first()).toContainText(TOM.name);
  await expect(revisions.first()).toContainText("Translated");
  const rejection = revisions.filter({ hasText: RITA.name });
  await expect(rejection).toHaveCount(1);
  await expect(rejection).toContainText("Rejected");
  await expect(rejection).toContainText("Anthropic refuses to yield.");
  await expect(revisions.last()).toContainText(TOM.name);
  const from = history.getByLabel("From");
  await from.selectOption((await from.locator("option", { hasText: RITA.name }).getAttribute("value"))!);
  await expect(history.getByTestId("history-compare").locator("del")).toHaveText("yield");
  await expect(history.getByTestId("history-compare").locator("ins")).toHaveText("give in");

  // Rita's review mode now finds segment 2 as changed since her review.
  await rita.reload();
  await rita.getByTestId("review-filter").selectOption({ label: "Changed since review (1)" });
  await expect(rita.getByTestId("review-target").locator(".review-seg:not(.review-seg--dimmed)")).toHaveText(["Anthropic refuses to give in."]);

  // The document's activity lists the steps, filterable by person.
  await tom.goto(`${documentUrl}/activity`);
  await expect(tom.getByRole("table")).toContainText(RITA.name);
  await expect(tom.getByRole("table")).toContainText("Rejected");
});
