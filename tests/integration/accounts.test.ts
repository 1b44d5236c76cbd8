import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, userActor } from "@/server/access/actor";
import { changePassword } from "@/server/auth/change-password";
import { createAuth } from "@/server/auth/create-auth";
import { signIn } from "@/server/auth/sign-in";
import { signOut } from "@/server/auth/sign-out";
import { signUp } from "@/server/auth/sign-up";
import { THROTTLE } from "@/server/auth/throttle";
import { AppError } from "@/server/errors";
import { acceptInvitation } from "@/server/members/accept-invitation";
import { inviteMember } from "@/server/members/invite-member";
import { createProject } from "@/server/projects/create-project";
import { listProjects } from "@/server/projects/list-projects";
import { createTestDb, testDatabaseKind } from "./test-db";

const { db, file, url } = createTestDb();
process.env.DATABASE_URL = url; // the auth secret file goes beside this test database
// This file is about what accounts do once they exist; sign-up-modes.test.ts tests who may sign up (the default is invite).
process.env.LISIERE_SIGNUP = "open";
const auth = createAuth(db);
afterAll(() => db.$disconnect());

const noHeaders = () => new Headers();

/** Signs in through better-auth directly and returns the cookie header of the new session. */
async function sessionCookie(email: string, password: string): Promise<string> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function sessionOf(cookie: string) {
  return auth.api.getSession({ headers: new Headers({ cookie }) });
}

async function codeOf(promise: Promise<unknown>) {
  return promise.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : Promise.reject(e)),
  );
}

describe("first account", () => {
  it("owns the projects nobody owned, such as the demo; later accounts do not", async () => {
    const demo = await createProject(db, { actor: SYSTEM_ACTOR, name: "Demo" });
    const first = await signUp(db, auth, {
      name: "Olivia",
      email: "Olivia@Example.test",
      password: "a long enough password",
      ip: "10.0.0.1",
      headers: noHeaders(),
    });
    expect(first.firstAccount).toBe(true);
    expect((await listProjects(db, { actor: userActor(first.userId) })).map((p) => [p.id, p.role])).toEqual([[demo.id, "owner"]]);
    const second = await signUp(db, auth, { name: "Bob", email: "bob@example.test", password: "another long password", ip: "10.0.0.2", headers: noHeaders() });
    expect(second.firstAccount).toBe(false);
    expect(await listProjects(db, { actor: userActor(second.userId) })).toEqual([]);
  });

  it("stores an Argon2id hash, never the password", async () => {
    const account = await db.account.findFirstOrThrow({ where: { user: { email: "olivia@example.test" } } });
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.password).not.toContain("a long enough password");
  });

  it("refuses a duplicate email and a short password with clear reasons", async () => {
    await expect(signUp(db, auth, { name: "X", email: "bob@example.test", password: "whatever long pw", ip: "1", headers: noHeaders() })).rejects.toMatchObject(
      { details: { reason: "SIGN_UP_REFUSED" } },
    );
    await expect(signUp(db, auth, { name: "X", email: "x@example.test", password: "short", ip: "1", headers: noHeaders() })).rejects.toMatchObject({
      details: { reason: "PASSWORD_LENGTH" },
    });
  });
});

describe("sign-in throttling", () => {
  it(`locks an account after ${THROTTLE.perAccount} failures, even for the right password, and not other accounts`, async () => {
    await signUp(db, auth, { name: "T", email: "throttled@example.test", password: "the right password", ip: "1", headers: noHeaders() });
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      expect(await codeOf(signIn(db, auth, { email: "throttled@example.test", password: `wrong ${i}`, ip: `192.0.2.${i}`, headers: noHeaders() }))).toBe(
        "UNAUTHENTICATED",
      );
    }
    const locked = await signIn(db, auth, { email: "throttled@example.test", password: "the right password", ip: "192.0.2.99", headers: noHeaders() }).catch(
      (e: AppError) => e,
    );
    expect(locked).toMatchObject({ code: "RATE_LIMITED" });
    expect((locked as AppError).message).toMatch(/Try again in 15 minutes/);
    expect(await codeOf(signIn(db, auth, { email: "bob@example.test", password: "another long password", ip: "192.0.2.99", headers: noHeaders() }))).toBe("ok");
    // After the window, the account can sign in again.
    await db.loginAttempt.updateMany({
      where: { email: "throttled@example.test" },
      data: { createdAt: new Date(Date.now() - (THROTTLE.windowMinutes + 1) * 60_000) },
    });
    expect(await codeOf(signIn(db, auth, { email: "throttled@example.test", password: "the right password", ip: "192.0.2.99", headers: noHeaders() }))).toBe(
      "ok",
    );
  });

  it(`blocks an address after ${THROTTLE.perAddress} failures across accounts`, async () => {
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      await codeOf(signIn(db, auth, { email: `nobody${i}@example.test`, password: "x", ip: "203.0.113.7", headers: noHeaders() }));
    }
    expect(await codeOf(signIn(db, auth, { email: "bob@example.test", password: "another long password", ip: "203.0.113.7", headers: noHeaders() }))).toBe(
      "RATE_LIMITED",
    );
    expect(await codeOf(signIn(db, auth, { email: "bob@example.test", password: "another long password", ip: "203.0.113.8", headers: noHeaders() }))).toBe(
      "ok",
    );
  });

  it("records every attempt in the audit log", async () => {
    const failed = await db.auditEvent.count({ where: { action: "auth.sign_in_failed" } });
    const succeeded = await db.auditEvent.count({ where: { action: "auth.sign_in" } });
    expect(failed).toBeGreaterThanOrEqual(THROTTLE.perAccount + THROTTLE.perAddress);
    expect(succeeded).toBeGreaterThanOrEqual(3);
  });
});

describe("sessions", () => {
  it("are revoked by sign-out", async () => {
    const cookie = await sessionCookie("bob@example.test", "another long password");
    expect((await sessionOf(cookie))?.user.email).toBe("bob@example.test");
    await signOut(db, auth, { userId: null, ip: "1", headers: new Headers({ cookie }) });
    expect(await sessionOf(cookie)).toBeNull();
  });

  it("expire", async () => {
    const cookie = await sessionCookie("bob@example.test", "another long password");
    await db.session.updateMany({ where: { user: { email: "bob@example.test" } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await sessionOf(cookie)).toBeNull();
  });

  it("other sessions end when the password changes", async () => {
    const laptop = await sessionCookie("bob@example.test", "another long password");
    const phone = await sessionCookie("bob@example.test", "another long password");
    const bob = await db.user.findUniqueOrThrow({ where: { email: "bob@example.test" } });
    await expect(
      changePassword(db, auth, {
        userId: bob.id,
        currentPassword: "wrong",
        newPassword: "a brand new password",
        ip: "1",
        headers: new Headers({ cookie: laptop }),
      }),
    ).rejects.toMatchObject({ details: { reason: "WRONG_PASSWORD" } });
    await changePassword(db, auth, {
      userId: bob.id,
      currentPassword: "another long password",
      newPassword: "a brand new password",
      ip: "1",
      headers: new Headers({ cookie: laptop }),
    });
    expect(await sessionOf(phone)).toBeNull();
    expect(await codeOf(signIn(db, auth, { email: "bob@example.test", password: "another long password", ip: "9", headers: noHeaders() }))).toBe(
      "UNAUTHENTICATED",
    );
    expect(await codeOf(signIn(db, auth, { email: "bob@example.test", password: "a brand new password", ip: "9", headers: noHeaders() }))).toBe("ok");
  });

  // On PostgreSQL the secret must come from the environment (auth-secret.ts): no file to check.
  it.skipIf(testDatabaseKind === "postgres")("the signing secret is created once, privately, beside the database", () => {
    const secretFile = path.join(path.dirname(file), "auth-secret");
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(secretFile, "utf8").length).toBeGreaterThanOrEqual(40);
  });
});

describe("invitations", () => {
  it("work once, only for the invited address, and not after revocation or expiry", async () => {
    const owner = await db.user.findUniqueOrThrow({ where: { email: "olivia@example.test" } });
    const project = await createProject(db, { actor: userActor(owner.id), name: "Invites" });
    const carol = await signUp(db, auth, { name: "Carol", email: "carol@example.test", password: "carol long password", ip: "1", headers: noHeaders() });
    const bob = await db.user.findUniqueOrThrow({ where: { email: "bob@example.test" } });
    const invitation = await inviteMember(db, { actor: userActor(owner.id), projectId: project.id, email: "CAROL@example.test", role: "reviewer" });
    expect(await db.invitation.count({ where: { tokenHash: invitation.token } })).toBe(0); // only the hash is stored

    await expect(acceptInvitation(db, { actor: userActor(bob.id), token: invitation.token })).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { reason: "OTHER_EMAIL" },
    });
    await acceptInvitation(db, { actor: userActor(carol.userId), token: invitation.token });
    expect((await db.membership.findFirstOrThrow({ where: { projectId: project.id, userId: carol.userId } })).role).toBe("reviewer");
    expect(await codeOf(acceptInvitation(db, { actor: userActor(carol.userId), token: invitation.token }))).toBe("NOT_FOUND");

    const expired = await inviteMember(db, { actor: userActor(owner.id), projectId: project.id, email: "bob@example.test", role: "viewer" });
    await db.invitation.updateMany({ where: { email: "bob@example.test", projectId: project.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await codeOf(acceptInvitation(db, { actor: userActor(bob.id), token: expired.token }))).toBe("NOT_FOUND");
    expect(await codeOf(acceptInvitation(db, { actor: userActor(bob.id), token: "forged-token-forged-token" }))).toBe("NOT_FOUND");
    await expect(inviteMember(db, { actor: userActor(owner.id), projectId: project.id, email: "carol@example.test", role: "viewer" })).rejects.toMatchObject({
      details: { reason: "ALREADY_MEMBER" },
    });
  });
});
