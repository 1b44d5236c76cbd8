import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAuth } from "@/server/auth/create-auth";
import { verifyPassword } from "@/server/auth/password";
import { signIn } from "@/server/auth/sign-in";
import { signUp } from "@/server/auth/sign-up";
import { THROTTLE } from "@/server/auth/throttle";
import { AppError } from "@/server/errors";
import { createTestDb } from "./test-db";

// Every password check better-auth makes goes through this spy (the real Argon2 verification).
vi.mock("@/server/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/auth/password")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const verifications = vi.mocked(verifyPassword);

const { db, url } = createTestDb();
process.env.DATABASE_URL = url;
process.env.LISIERE_SIGNUP = "open"; // the accounts under attack sign up without invitations
const auth = createAuth(db);
afterAll(() => db.$disconnect());

const RIGHT = "the right password";

async function outcome(email: string, password: string, ip: string) {
  return signIn(db, auth, { email, password, ip, headers: new Headers() }).then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : Promise.reject(error)),
  );
}

async function account(email: string) {
  await signUp(db, auth, { name: "Target", email, password: RIGHT, ip: "198.51.100.1", headers: new Headers() });
}

beforeEach(() => {
  verifications.mockClear();
});

describe("a burst of parallel sign-ins at one account", () => {
  it(`checks at most ${THROTTLE.perAccount} passwords, and the right one afterwards is refused until the lock expires`, async () => {
    await account("burst@example.test");
    // From many addresses, so that only the per-account limit can stop them.
    const burst = await Promise.all(Array.from({ length: 50 }, (_, i) => outcome("burst@example.test", `wrong ${i}`, `192.0.2.${i}`)));
    expect(verifications.mock.calls.length).toBeLessThanOrEqual(THROTTLE.perAccount);
    // Exactly the limit got through: the reservation is not stricter than the rule either.
    expect(burst.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(THROTTLE.perAccount);
    expect(verifications).toHaveBeenCalledTimes(THROTTLE.perAccount);
    expect(burst.filter((code) => code === "RATE_LIMITED").length).toBeGreaterThanOrEqual(50 - THROTTLE.perAccount);

    expect(await outcome("burst@example.test", RIGHT, "203.0.113.50")).toBe("RATE_LIMITED");
    expect(verifications.mock.calls.length).toBeLessThanOrEqual(THROTTLE.perAccount);

    // Once the failures have left the window, the right password works again.
    await db.loginAttempt.updateMany({
      where: { email: "burst@example.test" },
      data: { createdAt: new Date(Date.now() - (THROTTLE.windowMinutes + 1) * 60_000) },
    });
    expect(await outcome("burst@example.test", RIGHT, "203.0.113.50")).toBe("ok");
  });

  it("lets at most the limit through even when the right password is inside the burst", async () => {
    await account("inside@example.test");
    const passwords = Array.from({ length: 40 }, (_, i) => `wrong ${i}`);
    passwords.splice(37, 0, RIGHT);
    const results = await Promise.all(passwords.map((password, i) => outcome("inside@example.test", password, `198.18.0.${i}`)));
    expect(verifications.mock.calls.length).toBeLessThanOrEqual(THROTTLE.perAccount);
    expect(results.filter((code) => code !== "RATE_LIMITED").length).toBeLessThanOrEqual(THROTTLE.perAccount);
  });
});

describe("a burst of parallel sign-ins from one address", () => {
  it(`checks at most ${THROTTLE.perAddress} passwords across accounts`, async () => {
    await account("victim@example.test");
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => outcome(i % 2 ? "victim@example.test" : `nobody${i}@example.test`, `wrong ${i}`, "203.0.113.99")),
    );
    expect(results.filter((code) => code === "UNAUTHENTICATED").length).toBeLessThanOrEqual(THROTTLE.perAddress);
    expect(await outcome("victim@example.test", RIGHT, "203.0.113.99")).toBe("RATE_LIMITED");
  });
});
