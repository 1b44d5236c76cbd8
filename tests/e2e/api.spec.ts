import fs from "node:fs";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_FILE } from "@/prisma/seed/demo-project";
import { createInvitation, joinProject, signUpInNewContext } from "./accounts";
import { DEMO_PROJECT_NAME, expectedDemoSegmentCount } from "./helpers";

const VERA = { name: "Vera Viewer", email: "vera@example.test", password: "vera's long password" };

/** Creates a token on the Account page as its user would, and reads the secret shown once. */
async function createToken(page: Page, name: string, scope: "Read" | "Read and write", expires = "Never (until revoked)"): Promise<string> {
  await page.goto("/en/account");
  const panel = page.getByRole("region", { name: "Personal access tokens" });
  await panel.getByLabel("Name").fill(name);
  await panel.getByLabel(scope, { exact: true }).check();
  await panel.getByLabel("Expires").selectOption({ label: expires });
  await panel.getByRole("button", { name: "Create token" }).click();
  const secret = await panel.getByTestId("api-token-secret").inputValue();
  expect(secret).toMatch(/^lis_[\w-]{43}$/);
  await expect(panel.getByTestId("api-token-row").filter({ hasText: name })).toContainText(secret.slice(0, 10));
  return secret;
}

/** An API client with the token and no cookies: only the token authenticates it. */
async function client(baseURL: string, token: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
}

test("a token from the Account page drives the REST API: import, save, memory search, XLIFF export; a viewer's token cannot write", async ({
  page,
  browser,
  baseURL,
}) => {
  const secret = await createToken(page, "CAT sync", "Read and write", "In 90 days");
  await expect(page.getByTestId("api-token-row").filter({ hasText: "CAT sync" })).toContainText("expires on");
  await page.screenshot({ path: "test-results/account-api-tokens.png", fullPage: true });
  await page.goto("/fr/account");
  await expect(page.getByRole("region", { name: "Jetons d’accès personnels" }).getByTestId("api-token-row")).toContainText("Lecture et écriture");
  await page.screenshot({ path: "test-results/account-api-tokens-fr.png", fullPage: true });
  const api = await client(baseURL!, secret);

  const described = await (await api.get("/api/openapi.json")).json();
  expect(described.openapi).toBe("3.1.0");

  // A project of its own (made in the UI, the API has no project creation), so the demo stays as other specs expect it.
  const projectName = `API sync ${Date.now()}`;
  await page.goto("/en");
  await page.getByLabel("Project name").fill(projectName);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name: projectName })).toBeVisible();
  const projects = (await (await api.get("/api/v1/projects")).json()).data as { id: string; name: string }[];
  expect(projects.map((p) => p.name)).toContain(DEMO_PROJECT_NAME);
  const projectId = projects.find((p) => p.name === projectName)!.id;

  // Import the demo article as a new document (raw body, name in the query).
  const imported = await api.post(`/api/v1/projects/${projectId}/documents?fileName=demo-via-api.txt`, {
    data: fs.readFileSync(DEMO_FILE),
    headers: { "content-type": "text/plain" },
  });
  expect(imported.status()).toBe(201);
  const { documentId, segments } = await imported.json();
  expect(segments).toBe(expectedDemoSegmentCount());

  // Save the first segment with the version it was read at; the same version again is a conflict.
  const [first] = (await (await api.get(`/api/v1/documents/${documentId}/segments?limit=1`)).json()).data;
  const target = "Anthropic stands up to the Pentagon.";
  const saved = await api.patch(`/api/v1/segments/${first.id}`, { data: { baseVersion: first.version, targetText: target, status: "translated" } });
  expect(saved.status()).toBe(200);
  expect(await saved.json()).toMatchObject({ targetText: target, status: "translated", version: first.version + 1 });
  const stale = await api.patch(`/api/v1/segments/${first.id}`, { data: { baseVersion: first.version, targetText: "lost?" } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.details.currentVersion).toBe(first.version + 1);

  // The confirmed translation is in the memory.
  const word = (first.sourceText as string).split(/\s+/)[0];
  const hits = (await (await api.get(`/api/v1/projects/${projectId}/memory/search?q=${encodeURIComponent(word)}`)).json()).data as { target: string }[];
  expect(hits.map((h) => h.target)).toContain(target);

  // Export XLIFF.
  const xliff = await api.get(`/api/v1/documents/${documentId}/export?format=xliff`);
  expect(xliff.status()).toBe(200);
  const xml = await xliff.text();
  expect(xml).toMatch(/<xliff [^>]*"urn:oasis:names:tc:xliff:document:2\.0"/);
  expect(xml).toContain(target);

  // A viewer's token, even with the write scope, reads but cannot write.
  const projectUrl = `/en/projects/${projectId}`;
  const link = await createInvitation(page, projectUrl, VERA.email, "viewer");
  const vera = await signUpInNewContext(browser, VERA, link);
  await joinProject(vera.page);
  await expect(vera.page.getByRole("heading", { level: 1 })).toHaveText(projectName);
  const veraApi = await client(baseURL!, await createToken(vera.page, "Vera's script", "Read and write"));
  expect((await veraApi.get(`/api/v1/segments/${first.id}`)).status()).toBe(200);
  const refused = await veraApi.patch(`/api/v1/segments/${first.id}`, { data: { baseVersion: first.version + 1, targetText: "viewer edit" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("FORBIDDEN");
  expect((await veraApi.post(`/api/v1/projects/${projectId}/documents?fileName=x.txt`, { data: "Texte." })).status()).toBe(403);

  // Revoked on the Account page, the owner's token stops working at once.
  await page.goto("/en/account");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Revoke CAT sync" }).click();
  await expect(page.getByTestId("api-token-row").filter({ hasText: "CAT sync" })).toContainText("Revoked on");
  expect((await api.get("/api/v1/projects")).status()).toBe(401);
  await Promise.all([api.dispose(), veraApi.dispose(), vera.context.close()]);
});
