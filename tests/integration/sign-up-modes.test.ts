import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { userActor } from "@/server/access/actor";
import { createAuth } from "@/server/auth/create-auth";
import { signUp, type SignUpOptions } from "@/server/auth/sign-up";
import { signUpMode } from "@/server/auth/sign-up-policy";
import { AppError } from "@/server/errors";
import { inviteMember } from "@/server/members/invite-member";
import { revokeInvitation } from "@/server/members/list-members";
import { createProject } from "@/server/projects/create-project";
import { createTestDb } from "./test-db";

const { db, url } = createTestDb();
process.env.DATABASE_URL = url;
const auth = createAuth(db);
const fresh: { $disconnect(): Promise<void> }[] = [db];
afterAll(() => Promise.all(fresh.map((d) => d.$disconnect())));
afterEach(() => {
  delete process.env.LISIERE_SIGNUP;
});

const PASSWORD = "a long enough password";

function attempt(email: string, extra: Partial<SignUpOptions> = {}, target = { db, auth }) {
  return signUp(target.db, target.auth, { name: email.split("@")[0], email, password: PASSWORD, ip: "192.0.2.1", headers: new Headers(), ...extra }).then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? ((error.details?.reason as string) ?? error.code) : Promise.reject(error)),
  );
}

/** The owner (the first account) and a project to invite people to. */
let world: Promise<{ owner: ReturnType<typeof userActor>; projectId: string }>;
beforeAll(() => {
  world = (async () => {
    expect(await attempt("owner@example.test")).toBe("ok"); // no LISIERE_SIGNUP: the default
    const owner = userActor((await db.user.findUniqueOrThrow({ where: { email: "owner@example.test" } })).id);
    const project = await createProject(db, { actor: owner, name: "Invitations" });
    return { owner, projectId: project.id };
  })();
  return world.then(() => undefined);
});

async function invitation(email: string) {
  const { owner, projectId } = await world;
  return inviteMember(db, { actor: owner, projectId, email, role: "translator" });
}

describe("the default mode (invite)", () => {
  it("is invite, and an unknown value closes sign-up", () => {
    expect(signUpMode(undefined)).toBe("invite");
    expect(signUpMode(" OPEN ")).toBe("open");
    expect(signUpMode("yes please")).toBe("closed");
  });

  it("refuses anyone without an invitation, with the same answer whether the address has an account or not", async () => {
    await world;
    expect(await attempt("owner@example.test")).toBe("SIGN_UP_BY_INVITATION");
    expect(await attempt("stranger@example.test")).toBe("SIGN_UP_BY_INVITATION");
    expect(await attempt("stranger@example.test", { invitationToken: "forged-token-forged-token" })).toBe("SIGN_UP_BY_INVITATION");
    expect(await db.user.count({ where: { email: "stranger@example.test" } })).toBe(0);
  });

  it("lets the holder of a valid invitation create the account for the invited address only", async () => {
    const { token } = await invitation("Invited@Example.test");
    expect(await attempt("someone-else@example.test", { invitationToken: token })).toBe("OTHER_EMAIL");
    expect(await attempt("invited@example.test", { invitationToken: token })).toBe("ok");
    // The account exists now: trying again with the same link is refused like any taken address.
    expect(await attempt("invited@example.test", { invitationToken: token })).toBe("SIGN_UP_REFUSED");
  });

  it("refuses revoked and expired invitations", async () => {
    const { owner, projectId } = await world;
    const revoked = await invitation("revoked@example.test");
    await revokeInvitation(db, { actor: owner, projectId, invitationId: revoked.id });
    expect(await attempt("revoked@example.test", { invitationToken: revoked.token })).toBe("SIGN_UP_BY_INVITATION");
    const expired = await invitation("expired@example.test");
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await attempt("expired@example.test", { invitationToken: expired.token })).toBe("SIGN_UP_BY_INVITATION");
  });
});

describe("open and closed modes", () => {
  it("open lets anybody sign up; a taken address gets a refusal that does not name the reason", async () => {
    await world;
    process.env.LISIERE_SIGNUP = "open";
    expect(await attempt("walk-in@example.test")).toBe("ok");
    const taken = await signUp(db, auth, { name: "X", email: "owner@example.test", password: PASSWORD, ip: "1", headers: new Headers() }).catch(
      (e: AppError) => e,
    );
    expect(taken).toMatchObject({ code: "INVALID_INPUT", details: { reason: "SIGN_UP_REFUSED" } });
    expect((taken as AppError).message).not.toMatch(/exists|taken|already has/i);
  });

  it("closed refuses everyone, invitation or not", async () => {
    process.env.LISIERE_SIGNUP = "closed";
    const { token } = await invitation("late@example.test");
    expect(await attempt("late@example.test", { invitationToken: token })).toBe("SIGN_UP_CLOSED");
    expect(await attempt("nobody@example.test")).toBe("SIGN_UP_CLOSED");
  });

  it("the first account of a fresh install can always be created, and only one of two racing for it", async () => {
    process.env.LISIERE_SIGNUP = "closed";
    const other = createTestDb();
    fresh.push(other.db);
    const target = { db: other.db, auth: createAuth(other.db) };
    const results = await Promise.all(["a", "b", "c", "d"].map((name) => attempt(`first-${name}@example.test`, {}, target)));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "SIGN_UP_CLOSED")).toHaveLength(3);
    expect(await other.db.user.count()).toBe(1);
  });
});
