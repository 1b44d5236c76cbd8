import { expect, test } from "@playwright/test";
import { expectedDemoSegmentCount, openDemoDocument } from "./helpers";

test("the grid is a table to a screen reader: column headers, each row's place among all rows, its segment as row header; saves are announced politely", async ({
  page,
}) => {
  await openDemoDocument(page);
  const table = page.getByRole("table", { name: /^Segments of / });
  const total = expectedDemoSegmentCount();
  // The header row plus one per segment, though the virtual list renders only some.
  await expect(table).toHaveAttribute("aria-rowcount", String(total + 1));
  await expect(table.getByRole("columnheader")).toHaveText(["Segment", "French source", "English translation", "Status"]);

  const third = table.locator('[data-row-number="3"]');
  await expect(third).toHaveRole("row");
  await expect(third).toHaveAttribute("aria-rowindex", "4");
  await expect(third.getByRole("rowheader")).toHaveAccessibleName("Segment 3");
  await expect(third.getByRole("cell")).toHaveCount(3);

  await expect(page.getByTestId("save-state")).toHaveRole("status");
  await expect(page.getByTestId("save-state")).toHaveAttribute("aria-live", "polite");
});
